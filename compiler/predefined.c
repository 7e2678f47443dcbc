/* The macros mica predefines for a target: the standard ones, and gcc's type, limit and size
   macros (with gcc's names) so that std/include can be written once for every target. */
#include "target.h"
#include "util.h"
#include "version.h"

#include <stdio.h>

static void def(Buf *b, const char *name, const char *value) {
    buf_printf(b, "#define %s %s\n", name, value);
}

static void int_type(Buf *b, const char *prefix, const char *type, const char *max) {
    buf_printf(b, "#define __%s_TYPE__ %s\n", prefix, type);
    if (max)
        buf_printf(b, "#define __%s_MAX__ %s\n", prefix, max);
}

void predefined_macros(const Target *t, Buf *b);

void predefined_macros(const Target *t, Buf *b) {
    bool lp64 = t->long_size == 8;
    def(b, "__STDC__", "1");
    def(b, "__STDC_VERSION__", "201112L");
    def(b, "__STDC_HOSTED__", "1");
    def(b, "__STDC_UTF_16__", "1");
    def(b, "__STDC_UTF_32__", "1");
    def(b, "__STDC_IEC_559__", "1");
    def(b, "__STDC_NO_ATOMICS__", "1");
    def(b, "__STDC_NO_COMPLEX__", "1");
    def(b, "__STDC_NO_THREADS__", "1");
    def(b, "__STDC_NO_VLA__", "1");
    def(b, "__mica__", "1");
    def(b, "__VERSION__", "\"mica " MICA_VERSION "\"");
    def(b, "__ELF__", "1");
    def(b, "__linux__", "1");
    def(b, "__linux", "1");
    def(b, "__gnu_linux__", "1");
    def(b, "__unix__", "1");
    def(b, "__unix", "1");
    def(b, "__CHAR_BIT__", "8");
    def(b, "__BIGGEST_ALIGNMENT__", t->max_align == 16 ? "16" : "8");
    def(b, "__ORDER_LITTLE_ENDIAN__", "1234");
    def(b, "__ORDER_BIG_ENDIAN__", "4321");
    def(b, "__ORDER_PDP_ENDIAN__", "3412");
    def(b, "__BYTE_ORDER__", t->big_endian ? "__ORDER_BIG_ENDIAN__" : "__ORDER_LITTLE_ENDIAN__");
    def(b, "__FLOAT_WORD_ORDER__", t->big_endian ? "__ORDER_BIG_ENDIAN__" : "__ORDER_LITTLE_ENDIAN__");
    def(b, "__USER_LABEL_PREFIX__", "");
    if (!t->char_signed)
        def(b, "__CHAR_UNSIGNED__", "1");

    switch (t->arch) {
    case ARCH_X86_64:
        def(b, "__x86_64__", "1");
        def(b, "__x86_64", "1");
        def(b, "__amd64__", "1");
        def(b, "__amd64", "1");
        break;
    case ARCH_AARCH64:
        def(b, "__aarch64__", "1");
        def(b, "__ARM_64BIT_STATE", "1");
        break;
    case ARCH_RISCV64:
        def(b, "__riscv", "1");
        def(b, "__riscv_xlen", "64");
        def(b, "__riscv_float_abi_double", "1");
        break;
    case ARCH_ARM:
        def(b, "__arm__", "1");
        def(b, "__ARM_EABI__", "1");
        def(b, "__ARM_PCS_VFP", "1");
        break;
    case ARCH_SPARC64:
        def(b, "__sparc__", "1");
        def(b, "__sparc", "1");
        def(b, "__sparc_v9__", "1");
        def(b, "__arch64__", "1");
        break;
    }
    if (lp64) {
        def(b, "__LP64__", "1");
        def(b, "_LP64", "1");
    } else {
        def(b, "__ILP32__", "1");
        def(b, "_ILP32", "1");
    }

    const char *l = lp64 ? "long int" : "long long int";
    const char *ul = lp64 ? "long unsigned int" : "long long unsigned int";
    const char *lmax = lp64 ? "0x7fffffffffffffffL" : "0x7fffffffffffffffLL";
    const char *ulmax = lp64 ? "0xffffffffffffffffUL" : "0xffffffffffffffffULL";
    const char *ptr_s = lp64 ? "long int" : "int";
    const char *ptr_u = lp64 ? "long unsigned int" : "unsigned int";
    const char *ptr_smax = lp64 ? "0x7fffffffffffffffL" : "0x7fffffff";
    const char *ptr_umax = lp64 ? "0xffffffffffffffffUL" : "0xffffffffU";
    bool wchar_unsigned = t->arch == ARCH_AARCH64 || t->arch == ARCH_ARM;

    def(b, "__SCHAR_MAX__", "0x7f");
    def(b, "__SHRT_MAX__", "0x7fff");
    def(b, "__INT_MAX__", "0x7fffffff");
    def(b, "__LONG_MAX__", lp64 ? "0x7fffffffffffffffL" : "0x7fffffffL");
    def(b, "__LONG_LONG_MAX__", "0x7fffffffffffffffLL");
    def(b, "__WCHAR_MAX__", wchar_unsigned ? "0xffffffffU" : "0x7fffffff");
    def(b, "__WCHAR_MIN__", wchar_unsigned ? "0U" : "(-__WCHAR_MAX__ - 1)");
    def(b, "__WINT_MAX__", "0xffffffffU");
    def(b, "__WINT_MIN__", "0U");
    def(b, "__PTRDIFF_MAX__", ptr_smax);
    def(b, "__SIZE_MAX__", ptr_umax);
    def(b, "__SCHAR_WIDTH__", "8");
    def(b, "__SHRT_WIDTH__", "16");
    def(b, "__INT_WIDTH__", "32");
    def(b, "__LONG_WIDTH__", lp64 ? "64" : "32");
    def(b, "__LONG_LONG_WIDTH__", "64");
    def(b, "__PTRDIFF_WIDTH__", lp64 ? "64" : "32");
    def(b, "__SIZE_WIDTH__", lp64 ? "64" : "32");

    int_type(b, "SIZE", ptr_u, NULL);
    int_type(b, "PTRDIFF", ptr_s, NULL);
    int_type(b, "WCHAR", wchar_unsigned ? "unsigned int" : "int", NULL);
    int_type(b, "WINT", "unsigned int", NULL);
    int_type(b, "INTMAX", l, lmax);
    int_type(b, "UINTMAX", ul, ulmax);
    int_type(b, "CHAR16", "short unsigned int", NULL);
    int_type(b, "CHAR32", "unsigned int", NULL);
    int_type(b, "SIG_ATOMIC", "int", "0x7fffffff");
    def(b, "__SIG_ATOMIC_MIN__", "(-__SIG_ATOMIC_MAX__ - 1)");
    int_type(b, "INT8", "signed char", "0x7f");
    int_type(b, "INT16", "short int", "0x7fff");
    int_type(b, "INT32", "int", "0x7fffffff");
    int_type(b, "INT64", l, lmax);
    int_type(b, "UINT8", "unsigned char", "0xff");
    int_type(b, "UINT16", "short unsigned int", "0xffff");
    int_type(b, "UINT32", "unsigned int", "0xffffffffU");
    int_type(b, "UINT64", ul, ulmax);
    int_type(b, "INT_LEAST8", "signed char", "0x7f");
    int_type(b, "INT_LEAST16", "short int", "0x7fff");
    int_type(b, "INT_LEAST32", "int", "0x7fffffff");
    int_type(b, "INT_LEAST64", l, lmax);
    int_type(b, "UINT_LEAST8", "unsigned char", "0xff");
    int_type(b, "UINT_LEAST16", "short unsigned int", "0xffff");
    int_type(b, "UINT_LEAST32", "unsigned int", "0xffffffffU");
    int_type(b, "UINT_LEAST64", ul, ulmax);
    int_type(b, "INT_FAST8", "signed char", "0x7f");
    int_type(b, "INT_FAST16", ptr_s, ptr_smax);
    int_type(b, "INT_FAST32", ptr_s, ptr_smax);
    int_type(b, "INT_FAST64", l, lmax);
    int_type(b, "UINT_FAST8", "unsigned char", "0xff");
    int_type(b, "UINT_FAST16", ptr_u, ptr_umax);
    int_type(b, "UINT_FAST32", ptr_u, ptr_umax);
    int_type(b, "UINT_FAST64", ul, ulmax);
    int_type(b, "INTPTR", ptr_s, ptr_smax);
    int_type(b, "UINTPTR", ptr_u, ptr_umax);
    def(b, "__INT8_C(c)", "c");
    def(b, "__INT16_C(c)", "c");
    def(b, "__INT32_C(c)", "c");
    def(b, "__INT64_C(c)", lp64 ? "c ## L" : "c ## LL");
    def(b, "__UINT8_C(c)", "c");
    def(b, "__UINT16_C(c)", "c");
    def(b, "__UINT32_C(c)", "c ## U");
    def(b, "__UINT64_C(c)", lp64 ? "c ## UL" : "c ## ULL");
    def(b, "__INTMAX_C(c)", lp64 ? "c ## L" : "c ## LL");
    def(b, "__UINTMAX_C(c)", lp64 ? "c ## UL" : "c ## ULL");

    char num[32];
    snprintf(num, sizeof num, "%d", t->long_size);
    def(b, "__SIZEOF_LONG__", num);
    snprintf(num, sizeof num, "%d", t->ptr_size);
    def(b, "__SIZEOF_POINTER__", num);
    def(b, "__SIZEOF_SIZE_T__", num);
    def(b, "__SIZEOF_PTRDIFF_T__", num);
    def(b, "__SIZEOF_INT__", "4");
    def(b, "__SIZEOF_SHORT__", "2");
    def(b, "__SIZEOF_LONG_LONG__", "8");
    def(b, "__SIZEOF_FLOAT__", "4");
    def(b, "__SIZEOF_DOUBLE__", "8");
    def(b, "__SIZEOF_LONG_DOUBLE__", "8");
    def(b, "__SIZEOF_WCHAR_T__", "4");
    def(b, "__SIZEOF_WINT_T__", "4");

    def(b, "__FLT_EVAL_METHOD__", "0");
    def(b, "__FLT_RADIX__", "2");
    def(b, "__DECIMAL_DIG__", "17");
    def(b, "__FLT_MANT_DIG__", "24");
    def(b, "__FLT_DIG__", "6");
    def(b, "__FLT_MIN_EXP__", "(-125)");
    def(b, "__FLT_MIN_10_EXP__", "(-37)");
    def(b, "__FLT_MAX_EXP__", "128");
    def(b, "__FLT_MAX_10_EXP__", "38");
    def(b, "__FLT_DECIMAL_DIG__", "9");
    def(b, "__FLT_MAX__", "3.40282346638528859811704183484516925e+38F");
    def(b, "__FLT_MIN__", "1.17549435082228750796873653722224568e-38F");
    def(b, "__FLT_EPSILON__", "1.19209289550781250000000000000000000e-7F");
    def(b, "__FLT_DENORM_MIN__", "1.40129846432481707092372958328991613e-45F");
    def(b, "__FLT_HAS_INFINITY__", "1");
    def(b, "__FLT_HAS_QUIET_NAN__", "1");
    /* long double is double in mica: the same characteristics with an L suffix */
    static const char *const dbl_names[] = {"DBL", "LDBL"};
    for (int i = 0; i < 2; i++) {
        const char *n = dbl_names[i];
        const char *suffix = i ? "L" : "";
        buf_printf(b, "#define __%s_MANT_DIG__ 53\n", n);
        buf_printf(b, "#define __%s_DIG__ 15\n", n);
        buf_printf(b, "#define __%s_MIN_EXP__ (-1021)\n", n);
        buf_printf(b, "#define __%s_MIN_10_EXP__ (-307)\n", n);
        buf_printf(b, "#define __%s_MAX_EXP__ 1024\n", n);
        buf_printf(b, "#define __%s_MAX_10_EXP__ 308\n", n);
        buf_printf(b, "#define __%s_DECIMAL_DIG__ 17\n", n);
        buf_printf(b, "#define __%s_MAX__ 1.79769313486231570814527423731704357e+308%s\n", n, suffix);
        buf_printf(b, "#define __%s_MIN__ 2.22507385850720138309023271733240406e-308%s\n", n, suffix);
        buf_printf(b, "#define __%s_EPSILON__ 2.22044604925031308084726333618164062e-16%s\n", n, suffix);
        buf_printf(b, "#define __%s_DENORM_MIN__ 4.94065645841246544176568792868221372e-324%s\n", n, suffix);
        buf_printf(b, "#define __%s_HAS_INFINITY__ 1\n", n);
        buf_printf(b, "#define __%s_HAS_QUIET_NAN__ 1\n", n);
    }
}
