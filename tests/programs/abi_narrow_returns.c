#include <stdio.h>
#include <stdbool.h>

/* narrow return values and parameters must be properly sign/zero extended by the callee or caller */
static signed char ret_sc(int x) { return (signed char)x; }
static unsigned char ret_uc(int x) { return (unsigned char)x; }
static short ret_s(int x) { return (short)x; }
static unsigned short ret_us(int x) { return (unsigned short)x; }
static bool ret_b(int x) { return x; }
static char ret_c(int x) { return (char)x; }
static int take_sc(signed char c) { return c; }
static int take_uc(unsigned char c) { return c; }
static long take_s(short s) { return s * 2L; }
static unsigned take_us(unsigned short s) { return s + 1u; }
static int take_b(bool b) { return b + 10; }
static float ret_f(double d) { return (float)d; }
static double take_f(float f) { return f * 2.0; }
static unsigned ret_u(long x) { return (unsigned)x; }
static long long take_ll(int x) { return x; }

int main(void) {
    printf("%d %d %d %d\n", ret_sc(200), ret_sc(-1), ret_sc(127), ret_sc(383));
    printf("%d %d %d\n", ret_uc(-1), ret_uc(256 + 7), ret_uc(200));
    printf("%d %d %d\n", ret_s(40000), ret_s(-40000), ret_us(-1));
    printf("%d %d %d\n", ret_b(0), ret_b(256), ret_b(-5));
    printf("%d %d\n", ret_c(65), ret_c(0x1ff));
    int wide = 0x12345680;
    printf("%d %d\n", take_sc((signed char)wide), take_uc((unsigned char)wide));
    printf("%ld %u\n", take_s((short)wide), take_us((unsigned short)wide));
    printf("%d %d\n", take_b(wide), take_b(0));
    printf("%.3f %.3f\n", ret_f(0.1), take_f(0.1f));
    printf("%u %lld\n", ret_u(-1L), take_ll(-7));
    /* results used in wider arithmetic */
    long sum = 0;
    for (int i = 0; i < 1000; i += 37) sum += ret_sc(i) + ret_uc(i) * 3L + ret_s(i * 100) + ret_us(i * 1000);
    printf("%ld\n", sum);
    int (*fp)(signed char) = take_sc;
    printf("%d\n", fp((signed char)0xF0));
    return 0;
}
