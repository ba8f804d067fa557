/* qsort and bsearch on ints, doubles (with -0.0, duplicates), strings and structs. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static uint32_t s = 2463534242u;
static uint32_t next(void) { s ^= s << 13; s ^= s >> 17; s ^= s << 5; return s; }

static int cmp_int(const void *a, const void *b) { int x = *(const int *)a, y = *(const int *)b; return (x > y) - (x < y); }
static int cmp_dbl(const void *a, const void *b) { double x = *(const double *)a, y = *(const double *)b; return (x > y) - (x < y); }
static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }
struct rec { int key; char name[12]; double w; };
static int cmp_rec(const void *a, const void *b) {
    const struct rec *x = a, *y = b;
    if (x->key != y->key) return x->key < y->key ? -1 : 1;
    return strcmp(x->name, y->name);
}

static uint64_t hash(const void *p, size_t n) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < n; i++) { h ^= ((const unsigned char *)p)[i]; h *= 1099511628211ULL; }
    return h;
}

int main(void) {
    for (int n = 0; n <= 2000; n = n < 20 ? n + 1 : n * 2 + 3) {
        int *a = malloc(sizeof(int) * (n + 1));
        for (int i = 0; i < n; i++) a[i] = (int)(next() % (n / 2 + 3)) - n / 4;
        qsort(a, n, sizeof(int), cmp_int);
        int sorted = 1;
        for (int i = 1; i < n; i++) sorted &= a[i - 1] <= a[i];
        int key = n ? a[n / 3] : 0;
        int *found = bsearch(&key, a, n, sizeof(int), cmp_int);
        printf("ints n=%d sorted=%d hash=%016llx found=%d\n", n, sorted, (unsigned long long)hash(a, sizeof(int) * n),
               found ? *found == key : -1);
        free(a);
        double *d = malloc(sizeof(double) * (n + 1));
        for (int i = 0; i < n; i++) d[i] = (int)(next() % 1000) / 7.0 - 50.0;
        qsort(d, n, sizeof(double), cmp_dbl);
        printf("doubles n=%d first=%a last=%a hash=%016llx\n", n, n ? d[0] : 0.0, n ? d[n - 1] : 0.0,
               (unsigned long long)hash(d, sizeof(double) * n));
        free(d);
        char **strs = malloc(sizeof(char *) * (n + 1));
        for (int i = 0; i < n; i++) {
            strs[i] = malloc(16);
            int len = 1 + next() % 14;
            for (int j = 0; j < len; j++) strs[i][j] = 'a' + next() % 5;
            strs[i][len] = 0;
        }
        qsort(strs, n, sizeof(char *), cmp_str);
        uint64_t h = 0;
        for (int i = 0; i < n; i++) { h = h * 31 + hash(strs[i], strlen(strs[i])); free(strs[i]); }
        printf("strings n=%d first=%s hash=%016llx\n", n, n ? "" : "-", (unsigned long long)h);
        free(strs);
        struct rec *r = calloc(n + 1, sizeof(struct rec));
        for (int i = 0; i < n; i++) { r[i].key = next() % 10; snprintf(r[i].name, sizeof r[i].name, "n%u", next() % 1000); r[i].w = i; }
        qsort(r, n, sizeof(struct rec), cmp_rec);
        printf("recs n=%d hash=%016llx\n", n, (unsigned long long)hash(r, sizeof(struct rec) * n));
        free(r);
    }
    return 0;
}
