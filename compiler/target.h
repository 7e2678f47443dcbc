/* What the frontend, the IR and the linker need to know about a target. Byte order, pointer
   width and the C type model always come from here, never from the host. */
#ifndef MICA_TARGET_H
#define MICA_TARGET_H

#include <stdbool.h>
#include <stdint.h>

typedef enum Arch { ARCH_X86_64, ARCH_AARCH64, ARCH_RISCV64, ARCH_ARM, ARCH_SPARC64 } Arch;

struct Backend;

typedef struct Target {
    Arch arch;
    const char *name;      /* "x86_64-linux" */
    const char *arch_name; /* "x86_64": the runtime/ folder */
    bool supported;        /* false: reserved name, "not yet supported" */
    bool big_endian;
    bool char_signed;
    int ptr_size;    /* 4 or 8 */
    int long_size;   /* 4 or 8 */
    int max_align;   /* alignment of max_align_t */
    int int64_align; /* alignment of long long and double (4 on some 32-bit ABIs) */
    uint16_t elf_machine;
    uint64_t page_size;  /* segment alignment in the executable */
    uint64_t image_base; /* where the first segment is mapped */
    const struct Backend *backend;
    bool args_left_to_right; /* the order gcc evaluates call arguments in on this target */
} Target;

const Target *target_find(const char *name); /* "x86_64-linux", "x86_64", "aarch64-linux"... */
const Target *target_host(void);
extern const Target target_table[];
extern const int target_count;

#endif
