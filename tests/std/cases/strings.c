/* string.h, strings.h and ctype.h in the C locale */
#include <stdio.h>
#include <string.h>
#include <strings.h>
#include <ctype.h>
#include <stdlib.h>

static int sgn(int v) { return (v > 0) - (v < 0); }

int main(void)
{
	char buf[256], buf2[256];
	const char *hay = "the quick brown fox jumps over the lazy dog";
	char *tok, *save;
	int c;
	printf("@@ basic\n");
	printf("%zu %zu %zu\n", strlen(""), strlen(hay), strnlen(hay, 10));
	strcpy(buf, "hello");
	strcat(buf, ", world");
	printf("%s\n", buf);
	strncat(buf, "!!!???", 3);
	printf("%s\n", buf);
	memset(buf2, 'x', sizeof buf2);
	strncpy(buf2, "abc", 6);
	printf("%d %d %d %d %c\n", buf2[2], buf2[3], buf2[4], buf2[5], buf2[6]);
	printf("%d %d %d %d\n", sgn(strcmp("abc", "abd")), sgn(strcmp("abc", "abc")), sgn(strcmp("b", "abc")),
	       sgn(strcmp("", "a")));
	printf("%d %d %d\n", sgn(strncmp("abcdef", "abcxyz", 3)), sgn(strncmp("abcdef", "abcxyz", 4)),
	       sgn(strncmp("a", "b", 0)));
	printf("%d %d\n", sgn(strcmp("\xff", "a")), sgn(memcmp("\x80", "\x01", 1)));
	printf("%d %d\n", sgn(strcasecmp("HeLLo", "hello")), sgn(strncasecmp("ABCd", "abce", 3)));
	printf("@@ search\n");
	printf("%s|%s|%s\n", strchr(hay, 'q'), strrchr(hay, 'o'), strstr(hay, "lazy"));
	printf("%p %p %p\n", (void *)strchr(hay, 'Z'), (void *)strstr(hay, "cat"), (void *)memchr(hay, 'z', 10));
	printf("%d %d\n", strchr(hay, 0) == hay + strlen(hay), strstr(hay, "") == hay);
	printf("%zu %zu %s\n", strspn(hay, "the "), strcspn(hay, "xyz"), strpbrk(hay, "xyz"));
	printf("%s\n", (char *)memchr(hay, 'j', strlen(hay)));
	printf("@@ tokens\n");
	strcpy(buf, "  a,b;;c , d  ");
	for (tok = strtok(buf, " ,;"); tok; tok = strtok(0, " ,;"))
		printf("[%s]", tok);
	printf("\n");
	strcpy(buf, "x=1&y=2&&z=3");
	for (tok = strtok_r(buf, "&", &save); tok; tok = strtok_r(0, "&", &save))
		printf("[%s]", tok);
	printf("\n");
	printf("@@ mem\n");
	strcpy(buf, "0123456789abcdef");
	memmove(buf + 2, buf, 10);
	printf("%s\n", buf);
	strcpy(buf, "0123456789abcdef");
	memmove(buf, buf + 3, 10);
	printf("%s\n", buf);
	memcpy(buf2, "zzzz", 5);
	printf("%s %d\n", buf2, memcmp("abc", "abd", 2));
	{
		char *d = strdup(hay), *n = strndup(hay, 9);
		printf("%s|%s\n", d, n);
		free(d);
		free(n);
	}
	{
		/* unaligned and large copies */
		static char big1[10000], big2[10000];
		int i, ok = 1;
		for (i = 0; i < 10000; i++)
			big1[i] = (char)(i * 7);
		for (i = 0; i < 64; i++) {
			memcpy(big2 + i, big1 + (63 - i), 5000);
			if (memcmp(big2 + i, big1 + (63 - i), 5000))
				ok = 0;
			memset(big2 + i, i, 3000 + i);
			if (big2[i + 2999 + i] != (char)i || big2[i] != (char)i)
				ok = 0;
		}
		printf("%d\n", ok);
	}
	printf("@@ strerror\n");
	for (c = 0; c < 135; c++)
		printf("%d %s\n", c, strerror(c));
	printf("%s\n", strerror(-1));
	printf("%s\n", strerror(9999));
	printf("@@ ctype\n");
	for (c = -1; c < 256; c++)
		printf("%d:%d%d%d%d%d%d%d%d%d%d%d%d %d %d\n", c, !!isalnum(c), !!isalpha(c), !!isblank(c), !!iscntrl(c),
		       !!isdigit(c), !!isgraph(c), !!islower(c), !!isprint(c), !!ispunct(c), !!isspace(c), !!isupper(c),
		       !!isxdigit(c), tolower(c), toupper(c));
	return 0;
}
