/* Process start-up: arguments, environment, auxiliary vector, TLS, main. */
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <bits/tls.h>
#include "internal.h"

extern int main(int, char **, char **);

char **environ;
char *__mica_progname = "";
size_t __mica_pagesize = 4096;

#define AT_NULL 0
#define AT_PHDR 3
#define AT_PHENT 4
#define AT_PHNUM 5
#define AT_PAGESZ 6
#define PT_PHDR 6
#define PT_TLS 7

/* program headers: the ELF class follows the pointer size */
#if __SIZEOF_POINTER__ == 8
typedef struct {
	uint32_t p_type;
	uint32_t p_flags;
	uint64_t p_offset;
	uint64_t p_vaddr;
	uint64_t p_paddr;
	uint64_t p_filesz;
	uint64_t p_memsz;
	uint64_t p_align;
} phdr_t;
#else
typedef struct {
	uint32_t p_type;
	uint32_t p_offset;
	uint32_t p_vaddr;
	uint32_t p_paddr;
	uint32_t p_filesz;
	uint32_t p_memsz;
	uint32_t p_flags;
	uint32_t p_align;
} phdr_t;
#endif

/* the thread control block: tp points at it on variant II targets */
struct tcb {
	struct tcb *self;
	uintptr_t reserved[7];
};

static _Alignas(64) unsigned char static_tls[2048];

/* memory for the TLS block and TCB: a static area when it fits */
static unsigned char *tls_alloc(size_t size)
{
	long p;
	if (size <= sizeof static_tls)
		return static_tls;
	p = __builtin_syscall(__MICA_SYS_MMAP, 0, size, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (p < 0 && p > -4096)
		__builtin_syscall(SYS_exit_group, 127);
	return (unsigned char *)p;
}

static uintptr_t round_up(uintptr_t v, size_t a)
{
	return (v + a - 1) & ~(uintptr_t)(a - 1);
}

static void tls_setup(size_t *auxv)
{
	const unsigned char *image = 0;
	size_t filesz = 0, memsz = 0, align = 1;
	size_t phnum = 0, phent = sizeof(phdr_t), i;
	uintptr_t phdr_addr = 0, bias = 0;
	unsigned char *block, *data;
	size_t tls_size, big_align;
	struct tcb *tcb;
	void *tp;

	for (i = 0; auxv[i] != AT_NULL; i += 2) {
		if (auxv[i] == AT_PHDR)
			phdr_addr = auxv[i + 1];
		else if (auxv[i] == AT_PHNUM)
			phnum = auxv[i + 1];
		else if (auxv[i] == AT_PHENT)
			phent = auxv[i + 1];
		else if (auxv[i] == AT_PAGESZ)
			__mica_pagesize = auxv[i + 1];
	}
	if (phdr_addr) {
		for (i = 0; i < phnum; i++) {
			const phdr_t *ph = (const phdr_t *)(phdr_addr + i * phent);
			if (ph->p_type == PT_PHDR)
				bias = phdr_addr - (uintptr_t)ph->p_vaddr;
		}
		for (i = 0; i < phnum; i++) {
			const phdr_t *ph = (const phdr_t *)(phdr_addr + i * phent);
			if (ph->p_type == PT_TLS) {
				image = (const unsigned char *)(bias + (uintptr_t)ph->p_vaddr);
				filesz = ph->p_filesz;
				memsz = ph->p_memsz;
				if (ph->p_align > align)
					align = ph->p_align;
			}
		}
	}
	/* tls_size is what the linker assumed when it computed the offsets */
	tls_size = round_up(memsz, align);
	big_align = align < 16 ? 16 : align;
#if __MICA_TLS_VARIANT == 2
	/* [TLS block][TCB]; tp = address of the TCB, which starts with itself */
	block = tls_alloc(tls_size + sizeof(struct tcb) + big_align);
	tp = (void *)round_up((uintptr_t)block + tls_size, big_align);
	data = (unsigned char *)tp - tls_size;
	tcb = tp;
#else
	/* [TCB][gap][TLS block]; tp = address of the TCB (aarch64) or of the
	   block itself (gap 0, riscv: the TCB then lives before tp). */
	{
		size_t gap = round_up(__MICA_TLS_TP_GAP, align);
		block = tls_alloc(sizeof(struct tcb) + gap + tls_size + big_align);
		tp = (void *)round_up((uintptr_t)block + sizeof(struct tcb), big_align);
		data = (unsigned char *)tp + gap;
		tcb = (struct tcb *)((unsigned char *)tp - (__MICA_TLS_TP_GAP ? 0 : sizeof(struct tcb)));
	}
#endif
	for (i = 0; i < filesz; i++)
		data[i] = image[i];
	for (; i < tls_size; i++)
		data[i] = 0;
	tcb->self = tcb;
#if __MICA_TLS_TP_SELF
	*(void **)tp = tp;
#endif
	__builtin_set_thread_pointer(tp);
}

_Noreturn void __mica_start(long *sp)
{
	int argc = (int)sp[0];
	char **argv = (char **)(sp + 1);
	char **envp = argv + argc + 1;
	size_t *auxv;
	char **e = envp;

	while (*e)
		e++;
	auxv = (size_t *)(e + 1);
	environ = envp;
	if (argc > 0 && argv[0])
		__mica_progname = argv[0];
	tls_setup(auxv);
	exit(main(argc, argv, envp));
}
