#include <stdio.h>
#include <stdlib.h>
#include <string.h>
/* a C11 program may define names that POSIX also uses: std must neither
   clash with them nor call them */
int link(int a) { return a + 1; }
int open(int x) { return x * 2; }
int close(int x) { return x * 3; }
int isatty(int x) { return 77; }
long random(void) { return 5; }
int access = 3;
int timezone = 9;
int optind = 4;
int getpid(void) { return 1; }
int sleep = 2;
int main(void)
{
	FILE *f = fopen("/tmp/clash_test.txt", "w");
	fprintf(f, "x");
	fclose(f);
	remove("/tmp/clash_test.txt");
	printf("%d %d %d %d %ld %d %d %d %d %d\n", link(1), open(2), close(3), isatty(0), random(), access, timezone, optind, getpid(), sleep);
	printf("%d\n", rand());
	printf("%s\n", tmpnam(0) ? "tmp" : "none");
	return 0;
}
