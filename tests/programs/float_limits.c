#include <stdio.h>
#include <float.h>
#include <limits.h>

int main(void) {
    printf("FLT_RADIX %d\n", FLT_RADIX);
    printf("FLT_MANT_DIG %d DBL_MANT_DIG %d\n", FLT_MANT_DIG, DBL_MANT_DIG);
    printf("FLT_DIG %d DBL_DIG %d\n", FLT_DIG, DBL_DIG);
    printf("FLT_MIN_EXP %d FLT_MAX_EXP %d\n", FLT_MIN_EXP, FLT_MAX_EXP);
    printf("DBL_MIN_EXP %d DBL_MAX_EXP %d\n", DBL_MIN_EXP, DBL_MAX_EXP);
    printf("DBL_MIN_10_EXP %d DBL_MAX_10_EXP %d\n", DBL_MIN_10_EXP, DBL_MAX_10_EXP);
    printf("FLT_MAX %g %.9e\n", FLT_MAX, FLT_MAX);
    printf("FLT_MIN %g\n", FLT_MIN);
    printf("FLT_EPSILON %g %.9e\n", FLT_EPSILON, FLT_EPSILON);
    printf("DBL_MAX %g %.16e\n", DBL_MAX, DBL_MAX);
    printf("DBL_MIN %g %.16e\n", DBL_MIN, DBL_MIN);
    printf("DBL_EPSILON %g %.16e\n", DBL_EPSILON, DBL_EPSILON);
    printf("FLT_EVAL_METHOD %d\n", FLT_EVAL_METHOD);
    printf("%d\n", 1.0 + DBL_EPSILON > 1.0);
    printf("%d\n", 1.0 + DBL_EPSILON / 2 == 1.0);
    printf("%d\n", 1.0f + FLT_EPSILON > 1.0f);
    printf("INT %d %d\n", INT_MIN, INT_MAX);
    printf("UINT %u\n", UINT_MAX);
    printf("LONG %ld %ld\n", LONG_MIN, LONG_MAX);
    printf("ULONG %lu\n", ULONG_MAX);
    printf("LLONG %lld %lld\n", LLONG_MIN, LLONG_MAX);
    printf("ULLONG %llu\n", ULLONG_MAX);
    printf("SHRT %d %d USHRT %d\n", SHRT_MIN, SHRT_MAX, USHRT_MAX);
    printf("SCHAR %d %d UCHAR %d\n", SCHAR_MIN, SCHAR_MAX, UCHAR_MAX);
    printf("%d\n", LDBL_MANT_DIG >= DBL_MANT_DIG);
    return 0;
}
