/* reading stdin (tests/std/cases/input.txt) with getchar, scanf, fgets */
#include <stdio.h>

int main(int argc, char **argv)
{
	char line[100], word[32];
	int n, c, i;
	double d;
	printf("@@ args\n");
	for (i = 0; i < argc; i++)
		printf("%d [%s]\n", i, argv[i]);
	printf("%d\n", argv[argc] == 0);
	printf("@@ stdin\n");
	fgets(line, sizeof line, stdin);
	printf("line: %s", line);
	n = scanf("%d %lf %31s", &i, &d, word);
	printf("%d: %d %g %s\n", n, i, d, word);
	c = getchar();
	printf("%d\n", c);
	while ((c = getchar()) != EOF)
		putchar(c);
	printf("eof %d %d\n", feof(stdin), scanf("%d", &i));
	return 0;
}
