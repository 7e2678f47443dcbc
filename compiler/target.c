#include "target.h"
#include "../backends/backend.h"

#include <string.h>

/* ELF machine numbers */
enum { EM_SPARCV9 = 43, EM_ARM = 40, EM_X86_64 = 62, EM_AARCH64 = 183, EM_RISCV = 243 };

const Target target_table[] = {
    {ARCH_X86_64, "x86_64-linux", "x86_64", true, false, true, 8, 8, 16, 8, EM_X86_64, 0x1000, 0x400000,
     &backend_x86_64},
    /* 64 KiB segment alignment: runs on kernels with 4 KiB, 16 KiB or 64 KiB pages */
    {ARCH_AARCH64, "aarch64-linux", "aarch64", true, false, false, 8, 8, 16, 8, EM_AARCH64, 0x10000, 0x400000,
     &backend_aarch64, true},
    {ARCH_RISCV64, "riscv64-linux", "riscv64", false, false, false, 8, 8, 16, 8, EM_RISCV, 0x1000, 0x10000, NULL},
    {ARCH_ARM, "arm-linux", "arm", false, false, false, 4, 4, 8, 8, EM_ARM, 0x1000, 0x10000, NULL},
    {ARCH_SPARC64, "sparc64-linux", "sparc64", false, true, true, 8, 8, 16, 8, EM_SPARCV9, 0x2000, 0x100000,
     NULL},
};
const int target_count = (int)(sizeof(target_table) / sizeof(target_table[0]));

const Target *target_find(const char *name) {
    for (int i = 0; i < target_count; i++) {
        const Target *t = &target_table[i];
        size_t n = strlen(t->arch_name);
        if (strcmp(name, t->name) == 0 || strcmp(name, t->arch_name) == 0)
            return t;
        /* accept triples such as x86_64-unknown-linux-gnu */
        if (strncmp(name, t->arch_name, n) == 0 && name[n] == '-' && strstr(name + n, "linux"))
            return t;
    }
    return NULL;
}

const Target *target_host(void) {
#if defined(__x86_64__)
    return &target_table[0];
#elif defined(__aarch64__)
    return &target_table[1];
#elif defined(__riscv)
    return &target_table[2];
#elif defined(__arm__)
    return &target_table[3];
#elif defined(__sparc__)
    return &target_table[4];
#else
    return &target_table[0];
#endif
}
