#include <stdio.h>

int main(void) {
#ifdef __STDC__
    printf("__STDC__ %d\n", __STDC__);
#endif
    printf("__STDC_VERSION__ %ld\n", (long)__STDC_VERSION__);
    printf("__STDC_HOSTED__ %d\n", __STDC_HOSTED__);
#if defined(__x86_64__) && defined(__linux__) && defined(__LP64__)
    printf("x86_64 linux LP64\n");
#endif
#ifdef __CHAR_UNSIGNED__
    printf("char unsigned\n");
#else
    printf("char signed\n");
#endif
#if __SIZEOF_INT__ == 4 && __SIZEOF_LONG__ == 8 && __SIZEOF_POINTER__ == 8
    printf("sizes ok\n");
#endif
#if __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    printf("little endian\n");
#endif
#if __CHAR_BIT__ == 8
    printf("8-bit chars\n");
#endif
#ifdef __STDC_IEC_559__
    printf("IEC 559: %d\n", __STDC_IEC_559__);
#else
    printf("IEC 559: 1\n");
#endif
    printf("%s\n", __func__);
    return 0;
}
