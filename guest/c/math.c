/*
 * glibc libm on many arguments, including zeros, infinities, NaNs, denormals and values near
 * the functions' edges, printed exactly (%a) and in decimal (%.17g); plus the float versions,
 * fenv rounding modes with rint/nearbyint, and fma.
 */
#include <fenv.h>
#include <float.h>
#include <math.h>
#include <stdio.h>
#include <stdint.h>

static const double specials[] = {
    0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 3.0, 10.0, 100.0, 1e-300, -1e-300, 1e300, -1e300,
    4.9406564584124654e-324, 2.2250738585072014e-308, 2.2250738585072009e-308, 1.7976931348623157e308,
    3.141592653589793, 1.5707963267948966, 0.7853981633974483, 709.782712893384, 710.0, -745.2, -746.0,
    1e22, 1e-5, 0.1, 2.5, -2.5, 1.0000000000000002, 0.9999999999999999, 123456.789, -0.001,
    INFINITY, -INFINITY, NAN, 6.0e23, 7.0e-10, 33.5, 1024.0, 1023.99, 0.69314718055994531,
};
#define NS (sizeof specials / sizeof specials[0])

static uint64_t rng = 88172645463325252ULL;
static double rand_double(void) {
    rng ^= rng << 13; rng ^= rng >> 7; rng ^= rng << 17;
    double m = (double)(rng >> 11) / 9007199254740992.0;
    int e = (int)(rng % 80) - 40;
    return ldexp(m, e) * ((rng >> 5) & 1 ? -1 : 1);
}

static void p1(const char *name, double x, double r) { printf("%s(%a) = %a %.17g\n", name, x, r, r); }
static void p2(const char *name, double x, double y, double r) { printf("%s(%a, %a) = %a %.17g\n", name, x, y, r, r); }
static void pf(const char *name, float x, float r) { printf("%s(%a) = %a %.9g\n", name, (double)x, (double)r, (double)r); }

int main(void) {
    double vals[NS + 200];
    int n = 0;
    for (unsigned i = 0; i < NS; i++) vals[n++] = specials[i];
    for (int i = 0; i < 200; i++) vals[n++] = rand_double();
    for (int i = 0; i < n; i++) {
        double x = vals[i];
        p1("sin", x, sin(x)); p1("cos", x, cos(x)); p1("tan", x, tan(x));
        p1("exp", x, exp(x)); p1("log", x, log(x)); p1("log2", x, log2(x)); p1("log10", x, log10(x));
        p1("sqrt", x, sqrt(x)); p1("cbrt", x, cbrt(x)); p1("floor", x, floor(x)); p1("ceil", x, ceil(x));
        p1("round", x, round(x)); p1("trunc", x, trunc(x)); p1("atan", x, atan(x)); p1("asin", x, asin(x));
        p1("sinh", x, sinh(x)); p1("tanh", x, tanh(x)); p1("expm1", x, expm1(x)); p1("log1p", x, log1p(x));
        p1("exp2", x, exp2(x)); p1("erf", x, erf(x)); p1("lgamma", x, lgamma(x));
        double y = vals[(i * 7 + 3) % n], z = vals[(i * 13 + 5) % n];
        p2("pow", x, y, pow(x, y)); p2("atan2", x, y, atan2(x, y)); p2("hypot", x, y, hypot(x, y));
        p2("fmod", x, y, fmod(x, y)); p2("remainder", x, y, remainder(x, y)); p2("fmax", x, y, fmax(x, y));
        printf("fma(%a, %a, %a) = %a\n", x, y, z, fma(x, y, z));
        float f = (float)x;
        pf("sinf", f, sinf(f)); pf("expf", f, expf(f)); pf("logf", f, logf(f)); pf("sqrtf", f, sqrtf(f));
        pf("powf", f, powf(f, (float)y)); pf("floorf", f, floorf(f));
        printf("lrint(%a) = %ld llround = %lld ilogb = %d\n", x, isfinite(x) && fabs(x) < 1e18 ? lrint(x) : 0L,
               isfinite(x) && fabs(x) < 1e18 ? llround(x) : 0LL, x != 0 && isfinite(x) ? ilogb(x) : 0);
        int e; double m = frexp(x, &e);
        printf("frexp(%a) = %a %d modf = %a\n", x, m, e, modf(x, &m));
    }
    static const int modes[] = {FE_TONEAREST, FE_UPWARD, FE_DOWNWARD, FE_TOWARDZERO};
    for (int k = 0; k < 4; k++) {
        fesetround(modes[k]);
        for (int i = 0; i < n; i += 3) {
            double x = vals[i] * 3.7;
            printf("mode %d rint(%a) = %a nearbyint = %a div = %a sum = %a\n", k, x, rint(x), nearbyint(x),
                   x / 3.0, x + 1e-17);
        }
    }
    fesetround(FE_TONEAREST);
    feclearexcept(FE_ALL_EXCEPT);
    volatile double a = 1.0, b = 0.0, c = 1e308;
    volatile double r1 = a / b; (void)r1;
    printf("divbyzero %d\n", fetestexcept(FE_DIVBYZERO) != 0);
    volatile double r2 = c * 10; (void)r2;
    printf("overflow %d inexact %d\n", fetestexcept(FE_OVERFLOW) != 0, fetestexcept(FE_INEXACT) != 0);
    volatile double r3 = sqrt(-b - 1); (void)r3;
    printf("invalid %d\n", fetestexcept(FE_INVALID) != 0);
    return 0;
}
