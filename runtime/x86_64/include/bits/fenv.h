/* x86_64 floating-point environment facts. */
#ifndef _BITS_FENV_H
#define _BITS_FENV_H
/* underflow is detected after rounding (IEEE 754 allows either; strtod's ERANGE follows it) */
#define __MICA_TININESS_BEFORE_ROUNDING 0
#endif
