#include <stdio.h>
#include <stdint.h>
#include <inttypes.h>
#include <limits.h>

int main(void) {
    int8_t a = INT8_MIN; int16_t b = INT16_MIN; int32_t c = INT32_MIN; int64_t d = INT64_MIN;
    uint8_t e = UINT8_MAX; uint16_t f = UINT16_MAX; uint32_t g = UINT32_MAX; uint64_t h = UINT64_MAX;
    printf("%" PRId8 " %" PRId16 " %" PRId32 " %" PRId64 "\n", a, b, c, d);
    printf("%" PRIu8 " %" PRIu16 " %" PRIu32 " %" PRIu64 "\n", e, f, g, h);
    printf("%" PRIx8 " %" PRIX16 " %" PRIo32 " %" PRIx64 "\n", e, f, g, h);
    printf("%" PRIdMAX " %" PRIuMAX "\n", INTMAX_MIN, UINTMAX_MAX);
    printf("%" PRIdPTR " %d\n", (intptr_t)-1, (int)(SIZE_MAX == UINT64_MAX));
    printf("%d %d\n", INT_LEAST8_MAX, (int)INT_FAST16_MIN < 0);
    int64_t big = INT64_C(123456789012345);
    uint64_t ubig = UINT64_C(0xFFFFFFFFFFFF);
    printf("%" PRId64 " %" PRIu64 "\n", big, ubig);
    intmax_t im = imaxabs(-INTMAX_C(9000000000000));
    imaxdiv_t qd = imaxdiv(INTMAX_C(-100), INTMAX_C(7));
    printf("%" PRIdMAX " %" PRIdMAX " %" PRIdMAX "\n", im, qd.quot, qd.rem);
    char *end;
    intmax_t parsed = strtoimax("  -0x7fffffffffffffff rest", &end, 16);
    printf("%" PRIdMAX " [%s]\n", parsed, end);
    uintmax_t up = strtoumax("777", NULL, 8);
    printf("%" PRIuMAX "\n", up);
    int32_t sc; uint16_t su;
    sscanf("-42 65000", "%" SCNd32 " %" SCNu16, &sc, &su);
    printf("%" PRId32 " %" PRIu16 "\n", sc, su);
    printf("%d %d %d\n", (int)sizeof(int_fast8_t), (int)sizeof(int_least32_t), (int)sizeof(uintmax_t));
    return 0;
}
