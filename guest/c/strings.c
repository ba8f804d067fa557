#define _GNU_SOURCE
/*
 * glibc string functions at every alignment 0..15 of source and destination and lengths
 * 0..300: results are folded into one FNV-1a hash per (function, length) and printed, so a
 * difference between qemu and the simulated core names the function and length. glibc picks
 * AdvSIMD implementations for these, so this also exercises the vector unit on real code.
 */
#include <stdio.h>
#include <stdint.h>
#include <string.h>

#define MAXLEN 300
#define BUF (MAXLEN + 64)

static unsigned char src[BUF + 32], dst[BUF + 32], ref[BUF + 32];
static uint64_t h;

static void mix(uint64_t v) {
    for (int i = 0; i < 8; i++) { h ^= (v >> (8 * i)) & 0xff; h *= 0x100000001b3ULL; }
}

static void mixbuf(const unsigned char *p, size_t n) {
    for (size_t i = 0; i < n; i++) { h ^= p[i]; h *= 0x100000001b3ULL; }
}

static uint32_t rng = 12345;
static unsigned char rnd(void) { rng = rng * 1103515245u + 12345u; return (unsigned char)(rng >> 16); }

static void fill(unsigned char *p, size_t n, int nonzero) {
    for (size_t i = 0; i < n; i++) { unsigned char c = rnd(); p[i] = nonzero && c == 0 ? 'x' : c; }
}

static long off(const void *p, const void *base) { return p ? (const unsigned char *)p - (const unsigned char *)base : -1; }

int main(void) {
    static const char *names[] = {"memcpy", "memmove", "memset", "memcmp", "memchr", "strlen", "strnlen",
                                  "strcmp", "strncmp", "strchr", "strrchr", "strcpy", "stpcpy", "memrchr"};
    for (int f = 0; f < 14; f++) {
        for (int len = 0; len <= MAXLEN; len += (len < 40 ? 1 : 11)) {
            h = 0xcbf29ce484222325ULL;
            for (int sa = 0; sa < 16; sa++) {
                for (int da = 0; da < 16; da += (f <= 3 ? 5 : 16)) {
                    /* only the bytes a call can touch (plus a guard band) are refilled and hashed */
                    size_t span = 16 + len + 17;
                    fill(src, span, f >= 5);
                    fill(dst, span, 0);
                    unsigned char *s = src + sa, *d = dst + da;
                    switch (f) {
                    case 0: memcpy(d, s, len); mixbuf(dst, span); break;
                    case 1: { /* overlapping both ways */
                        memcpy(ref, src, span);
                        memmove(src + da, src + sa, len); mixbuf(src, span);
                        memmove(ref + sa, ref + da, len); mixbuf(ref, span);
                        break; }
                    case 2: memset(d, sa * 17, len); mixbuf(dst, span); break;
                    case 3: memcpy(d, s, len); if (len) d[rnd() % len] ^= (unsigned char)(1 + rnd() % 255);
                        { int r = memcmp(d, s, len); mix(r < 0 ? -1 : r > 0); } break;
                    case 4: { int c = len ? s[rnd() % len] : 7; mix(off(memchr(s, c, len), s)); mix(off(memchr(s, 256 + c, len), s)); } break;
                    case 5: s[len] = 0; mix(strlen((char *)s)); break;
                    case 6: s[len] = 0; mix(strnlen((char *)s, len / 2 + 1)); mix(strnlen((char *)s, len + 5)); break;
                    case 7: case 8: {
                        s[len] = 0; memcpy(d, s, len + 1);
                        if (len && (rnd() & 1)) d[rnd() % len] = rnd() | 1;
                        int r = f == 7 ? strcmp((char *)d, (char *)s) : strncmp((char *)d, (char *)s, len / 2 + 3);
                        mix(r < 0 ? -1 : r > 0); break; }
                    case 9: case 10: { s[len] = 0; int c = len ? s[rnd() % len] : 'q';
                        mix(off(f == 9 ? strchr((char *)s, c) : strrchr((char *)s, c), s));
                        mix(off(f == 9 ? strchr((char *)s, 0) : strrchr((char *)s, 0), s)); } break;
                    case 11: s[len] = 0; strcpy((char *)d, (char *)s); mixbuf(dst, span); break;
                    case 12: s[len] = 0; mix(off(stpcpy((char *)d, (char *)s), d)); mixbuf(dst, span); break;
                    case 13: { int c = len ? s[rnd() % len] : 7; mix(off(memrchr(s, c, len), s)); } break;
                    }
                }
            }
            printf("%s %d %016llx\n", names[f], len, (unsigned long long)h);
        }
    }
    return 0;
}
