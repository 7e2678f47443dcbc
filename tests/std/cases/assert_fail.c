/* a failed assert prints glibc's message on stderr and aborts */
#include <stdio.h>
#include <assert.h>

static int check(int v)
{
	assert(v > 0);
	return v;
}

int main(void)
{
	printf("%d\n", check(5));
	fflush(stdout);
	check(-1 + 0 * printf("about to fail\n"));
	printf("not reached\n");
	return 0;
}
