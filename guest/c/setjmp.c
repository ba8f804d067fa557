/* setjmp/longjmp from nested frames, with callee-saved integer and FP registers live across. */
#include <setjmp.h>
#include <stdio.h>

static jmp_buf env;
static int depth_reached;

static double __attribute__((noinline)) deep(int n, double acc) {
    if (n == 0) { depth_reached = 1; longjmp(env, (int)acc % 97 + 1); }
    double r = deep(n - 1, acc * 1.5 + n);
    return r + 1;
}

static int __attribute__((noinline)) count(int k) {
    jmp_buf local;
    volatile int i = 0;
    volatile double f = 0.25;
    int v = setjmp(local);
    if (v < k) { i += v; f *= 1.5; longjmp(local, v + 1); }
    return i * 1000 + (int)(f * 100);
}

int main(void) {
    register double keep1 = 3.25, keep2 = -7.5;
    register long keepx = 0x123456789abcdefL;
    for (int round = 0; round < 20; round++) {
        volatile int before = round * 3;
        int v = setjmp(env);
        if (v == 0) {
            deep(round + 1, round * 0.75);
            printf("not reached\n");
        } else {
            printf("round %d: longjmp value %d before %d reached %d keep %g %g %lx\n", round, v, before,
                   depth_reached, keep1, keep2, keepx);
        }
        keep1 += 1; keep2 *= -1.0; keepx ^= round;
    }
    for (int k = 0; k < 10; k++) printf("count(%d) = %d\n", k, count(k));
    return 0;
}
