/* stdio on files: write/read round trip, seeking, ungetc, modes, buffering,
   tmpfile, rename/remove, freopen, getline, stdin */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>

int main(void)
{
	FILE *f;
	char line[256];
	int i, c;
	long pos;
	printf("@@ write_read\n");
	f = fopen("t1.txt", "w");
	printf("%d\n", f != 0);
	for (i = 0; i < 1000; i++)
		fprintf(f, "line %d %s %.3f\n", i, i % 2 ? "odd" : "even", i / 7.0);
	fputs("no newline at end", f);
	printf("%d\n", fclose(f));
	f = fopen("t1.txt", "r");
	i = 0;
	while (fgets(line, sizeof line, f)) {
		if (i % 100 == 0 || strncmp(line, "no", 2) == 0)
			printf("%d: %s", i, line);
		i++;
	}
	printf("\n%d lines, eof=%d err=%d\n", i, feof(f), ferror(f));
	printf("fgetc at eof: %d\n", fgetc(f));
	clearerr(f);
	printf("after clearerr eof=%d\n", feof(f));
	printf("@@ seek\n");
	rewind(f);
	printf("%ld\n", ftell(f));
	fgets(line, sizeof line, f);
	printf("%ld %s", ftell(f), line);
	fseek(f, 100, SEEK_SET);
	printf("%ld %c\n", ftell(f), fgetc(f));
	fseek(f, -10, SEEK_CUR);
	printf("%ld %c\n", ftell(f), fgetc(f));
	fseek(f, -5, SEEK_END);
	printf("%ld %s\n", ftell(f), fgets(line, sizeof line, f));
	printf("%d %d\n", fseek(f, 0, 99), errno == EINVAL);
	printf("@@ ungetc\n");
	rewind(f);
	c = fgetc(f);
	printf("%c %d ", c, ungetc('X', f));
	printf("%c%c%c\n", fgetc(f), fgetc(f), fgetc(f));
	printf("%d %d\n", ungetc(EOF, f), ungetc('a', f) == 'a');
	fclose(f);
	printf("@@ fread_fwrite\n");
	{
		static unsigned char data[100000], back[100000];
		size_t n;
		for (i = 0; i < 100000; i++)
			data[i] = (unsigned char)(i * 31 + 7);
		f = fopen("t2.bin", "wb");
		printf("%zu\n", fwrite(data, 1, 3, f));
		printf("%zu\n", fwrite(data + 3, 7, 1000, f));
		printf("%zu\n", fwrite(data + 7003, 1, 100000 - 7003, f));
		fclose(f);
		f = fopen("t2.bin", "rb");
		n = fread(back, 1, 10, f);
		n += fread(back + 10, 1000, 50, f) * 1000;
		n += fread(back + 50010, 1, 200000, f);
		printf("%zu %d %d\n", n, memcmp(data, back, 100000), feof(f));
		fclose(f);
	}
	printf("@@ append_update\n");
	f = fopen("t3.txt", "w+");
	fputs("hello world\n", f);
	fseek(f, 0, SEEK_SET);
	printf("%s", fgets(line, sizeof line, f));
	fseek(f, 6, SEEK_SET);
	fputs("WORLD", f);
	fflush(f);
	rewind(f);
	printf("%s", fgets(line, sizeof line, f));
	fclose(f);
	f = fopen("t3.txt", "a");
	fputs("appended\n", f);
	fclose(f);
	f = fopen("t3.txt", "a+");
	fputs("more\n", f);
	rewind(f);
	while (fgets(line, sizeof line, f))
		printf("> %s", line);
	fclose(f);
	f = fopen("t3.txt", "r+");
	fputs("J", f);
	fclose(f);
	f = fopen("t3.txt", "r");
	printf("%s", fgets(line, sizeof line, f));
	fclose(f);
	printf("@@ errors\n");
	errno = 0;
	f = fopen("/nonexistent/dir/file", "r");
	printf("%p %d\n", (void *)f, errno == ENOENT);
	f = fopen("t3.txt", "r");
	printf("%d %d\n", fputc('x', f), ferror(f) != 0);
	fclose(f);
	f = fopen("t3.txt", "rx");
	printf("%d\n", f != 0);
	if (f)
		fclose(f);
	f = fopen("t3.txt", "wx");
	printf("%d %d\n", f == 0, errno == EEXIST);
	printf("@@ rename_remove\n");
	printf("%d\n", rename("t3.txt", "t4.txt"));
	printf("%d %d\n", remove("t3.txt"), errno == ENOENT);
	printf("%d\n", remove("t4.txt"));
	printf("%d\n", access("t4.txt", F_OK));
	printf("@@ tmpfile\n");
	f = tmpfile();
	fprintf(f, "temporary %d\n", 42);
	rewind(f);
	printf("%s", fgets(line, sizeof line, f));
	fclose(f);
	printf("@@ setvbuf\n");
	{
		static char mybuf[64];
		f = fopen("t5.txt", "w");
		printf("%d\n", setvbuf(f, mybuf, _IOFBF, sizeof mybuf));
		for (i = 0; i < 100; i++)
			fprintf(f, "%d,", i);
		fclose(f);
		f = fopen("t5.txt", "r");
		setvbuf(f, 0, _IONBF, 0);
		for (i = 0; i < 20; i++)
			putchar(fgetc(f));
		putchar('\n');
		fclose(f);
		f = fopen("t5.txt", "r");
		setbuf(f, 0);
		printf("%c\n", fgetc(f));
		fclose(f);
	}
	printf("@@ getline\n");
	{
		char *l = 0;
		size_t cap = 0;
		ssize_t n;
		f = fopen("t6.txt", "w");
		fputs("short\n\nA much longer line that needs the buffer to grow beyond its first size of some bytes\nlast", f);
		fclose(f);
		f = fopen("t6.txt", "r");
		while ((n = getline(&l, &cap, f)) >= 0)
			printf("%zd [%s]\n", n, l);
		fclose(f);
		free(l);
	}
	printf("@@ freopen\n");
	fflush(stdout);
	f = freopen("t7.txt", "w", stdout);
	printf("this goes to the file %d\n", f == stdout);
	fclose(stdout);
	f = fopen("t7.txt", "r");
	fgets(line, sizeof line, f);
	fclose(f);
	fprintf(stderr, "read back: %s", line);
	remove("t1.txt");
	remove("t2.bin");
	remove("t5.txt");
	remove("t6.txt");
	remove("t7.txt");
	return 0;
}
