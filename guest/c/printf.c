/* printf/snprintf of floats in every conversion and precision, strtod/strtof/strtol round trips. */
#include <errno.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const double vals[] = {
    0.0, -0.0, 1.0, -1.0, 0.1, 0.5, 1.5, 2.5, 1e-5, 123.456, 1e15, 1e16, 1e17, 1e21, 1e22, 1e23,
    9007199254740993.0, 4.9406564584124654e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
    3.141592653589793, 2.718281828459045, 0.3, 1.0 / 3.0, 2.0 / 3.0, 5e-324, 1e-320, 0.000123456789,
    999999.5, 9.9999999999999995e-8, INFINITY, -INFINITY, NAN, 1234567890123456789.0, 0.125, 1e100,
};

static const char *strs[] = {
    "0", "-0", "1", "0.1", "1e-400", "1e400", "-1e400", "2.2250738585072011e-308", "4.9e-324", "2.4703282292062327e-324",
    "2.4703282292062328e-324", "0x1.fffffffffffffp1023", "0x1p-1074", "0x1.8p1", "inf", "-Infinity", "nan", "nan(123)",
    "1.7976931348623158e308", "1.7976931348623159e308", "123456789012345678901234567890", ".5", "5.", "  42xyz",
    "9007199254740993", "9007199254740992.9999999999", "1e-5", "3.14159265358979323846264338327950288",
    "0.30000000000000001665", "1e23", "8.98846567431158e307", "", "abc", "-", "1e", "0x", "0x1p", "1_000",
};

int main(void) {
    static const char *fmts[] = {"%f", "%.0f", "%.1f", "%.3f", "%.10f", "%.20f", "%e", "%.0e", "%.3e", "%.16e",
                                 "%g", "%.1g", "%.6g", "%.17g", "%a", "%.0a", "%.3a", "%A", "%15.4f", "%-15.4e|",
                                 "%+g", "% g", "%#g", "%#.0f", "%010.3f"};
    char buf[512];
    for (unsigned i = 0; i < sizeof vals / sizeof vals[0]; i++) {
        for (unsigned f = 0; f < sizeof fmts / sizeof fmts[0]; f++) {
            int n = snprintf(buf, sizeof buf, fmts[f], vals[i]);
            printf("[%s] %d %s\n", fmts[f], n, buf);
        }
        printf("Lf %.25Lf %La\n", (long double)vals[i], (long double)vals[i]);
        printf("float %.9g %a\n", (double)(float)vals[i], (double)(float)vals[i]);
    }
    for (unsigned i = 0; i < sizeof strs / sizeof strs[0]; i++) {
        char *end;
        errno = 0;
        double d = strtod(strs[i], &end);
        int e1 = errno;
        errno = 0;
        float f = strtof(strs[i], NULL);
        int e2 = errno;
        errno = 0;
        long l = strtol(strs[i], NULL, 0);
        unsigned long long u = strtoull(strs[i], NULL, 16);
        printf("strtod(\"%s\") = %a %.17g consumed %ld errno %d; strtof %a errno %d; strtol %ld strtoull16 %llu\n",
               strs[i], d, d, (long)(end - strs[i]), e1, (double)f, e2, l, u);
    }
    /* round trip: shortest %.17g representation parses back to the same bits */
    unsigned long long seed = 12345;
    int bad = 0;
    for (int i = 0; i < 3000; i++) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        double x;
        memcpy(&x, &seed, sizeof x);
        if (!isfinite(x)) continue;
        snprintf(buf, sizeof buf, "%.17g", x);
        double y = strtod(buf, NULL);
        if (memcmp(&x, &y, sizeof x) != 0) bad++;
        if (i % 300 == 0) printf("rt %s\n", buf);
    }
    printf("round-trip failures %d\n", bad);
    snprintf(buf, sizeof buf, "%5s|%-5d|%05d|%x|%#o|%lld|%zu|%c|%%", "ab", 42, -42, 0xbeef, 8, -1LL, (size_t)7, 'z');
    printf("%s\n", buf);
    return 0;
}
