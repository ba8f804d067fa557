/* A tour of what a static glibc program asks of the kernel: argv/env, files in the working
 * directory, malloc small (brk) and large (mmap), realloc (mremap), stdio on stdin/stdout,
 * time, getrandom, directory listing, and a chosen exit status. Output is deterministic. */
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char **argv) {
    printf("argc=%d\n", argc);
    for (int i = 1; i < argc; i++) printf("argv[%d]=%s\n", i, argv[i]);
    const char *v = getenv("TOUR");
    printf("TOUR=%s\n", v ? v : "(unset)");

    FILE *f = fopen("tour.txt", "w");
    if (!f) { perror("fopen"); return 2; }
    for (int i = 0; i < 100; i++) fprintf(f, "line %d\n", i);
    fclose(f);
    struct stat st;
    if (stat("tour.txt", &st) != 0) { perror("stat"); return 3; }
    printf("size=%lld regular=%d\n", (long long)st.st_size, S_ISREG(st.st_mode));
    f = fopen("tour.txt", "r");
    char line[64];
    long sum = 0;
    while (fgets(line, sizeof line, f)) sum += atoi(line + 5);
    fclose(f);
    printf("sum=%ld\n", sum);

    char *small = malloc(100);
    char *big = malloc(8 << 20);
    memset(big, 7, 8 << 20);
    big = realloc(big, 16 << 20);
    long bsum = 0;
    for (long i = 0; i < (8 << 20); i += 4096) bsum += big[i];
    printf("big=%ld\n", bsum);
    free(big);
    free(small);

    DIR *d = opendir(".");
    int found = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) if (strcmp(e->d_name, "tour.txt") == 0) found = 1;
    closedir(d);
    printf("readdir found=%d\n", found);
    unlink("tour.txt");
    printf("after unlink: %d\n", access("tour.txt", F_OK) == 0);
    printf("open missing: errno=%d\n", open("/nonexistent/x", O_RDONLY) < 0 ? errno : 0);

    struct timespec a, b;
    clock_gettime(CLOCK_MONOTONIC, &a);
    clock_gettime(CLOCK_MONOTONIC, &b);
    printf("monotonic ok=%d\n", (b.tv_sec > a.tv_sec) || (b.tv_sec == a.tv_sec && b.tv_nsec >= a.tv_nsec));
    unsigned char r[8];
    printf("getrandom=%zd\n", getrandom(r, sizeof r, 0));
    struct utsname u;
    uname(&u);
    printf("machine=%s\n", u.machine);

    char buf[256];
    size_t n = fread(buf, 1, sizeof buf - 1, stdin);
    buf[n] = 0;
    printf("stdin=%zu:%s", n, buf);
    double x = 1.0;
    for (int i = 0; i < 10; i++) x = x * 1.5 + 0.25;
    printf("float=%.6f\n", x);
    fflush(stdout);
    return argc > 1 && strcmp(argv[1], "abort") == 0 ? (abort(), 0) : 7;
}
