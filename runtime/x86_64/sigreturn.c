/* The signal restorer installed with SA_RESTORER: returning from a handler
   lands here, and rt_sigreturn restores the interrupted context. */
void __mica_sigreturn(void)
{
	__builtin_sigreturn();
}
