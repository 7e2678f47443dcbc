/* fmemopen, snprintf truncation, realpath */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(void)
{
	char buf[32], in[] = "12 34 word";
	FILE *f;
	int a, b;
	char w[16];
	f = fmemopen(in, strlen(in), "r");
	printf("%d ", fscanf(f, "%d %d %15s", &a, &b, w));
	printf("%d %d %s %d\n", a, b, w, fgetc(f));
	fclose(f);
	memset(buf, 'z', sizeof buf);
	f = fmemopen(buf, sizeof buf, "w");
	fprintf(f, "value=%d", 1234);
	fflush(f);
	printf("[%s]\n", buf);
	fclose(f);
	{
		char *r = realpath("/usr/../usr/bin", 0);
		printf("%s\n", r ? r : "(null)");
		free(r);
		r = realpath("/no/such/path", 0);
		printf("%s\n", r ? r : "(null)");
	}
	return 0;
}
