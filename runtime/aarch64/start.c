/* aarch64 process entry.  mica gives _start the entry convention: sp is the
   stack pointer the kernel handed over (argc, argv..., NULL, envp..., NULL, auxv). */
_Noreturn void __mica_start(long *sp);

_Noreturn void _start(long *sp)
{
	__mica_start(sp);
}
