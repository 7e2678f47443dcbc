#include <stdio.h>
#include <string.h>

int main(void) {
    puts("puts adds a newline");
    fputs("fputs does not\n", stdout);
    putchar('p'); putc('q', stdout); fputc('\n', stdout);
    fwrite("fwrite chunk\n", 1, 13, stdout);
    fprintf(stdout, "%s %d\n", "fprintf to stdout", 1);
    const char *path = "/tmp/mica_test_lib_stdio_misc.txt";
    FILE *f = fopen(path, "w+");
    fputs("12 abc\nsecond\n", f);
    rewind(f);
    int c = fgetc(f);
    printf("first %c\n", c);
    ungetc('9', f);
    int v;
    fscanf(f, "%d", &v);
    printf("after ungetc read %d\n", v);
    char word[8];
    fscanf(f, "%7s", word);
    printf("%s\n", word);
    c = getc(f);                 /* the newline */
    printf("%d\n", c);
    char line[32];
    fgets(line, 4, f);           /* reads only 3 chars */
    printf("[%s]\n", line);
    fgets(line, sizeof line, f);
    printf("[%s]\n", line);
    printf("null at eof %d\n", fgets(line, sizeof line, f) == NULL);
    printf("feof %d ferror %d\n", feof(f) != 0, ferror(f) != 0);
    fclose(f);
    remove(path);
    f = fopen(path, "w");
    setvbuf(f, NULL, _IOFBF, 64);
    for (int i = 0; i < 100; i++) fprintf(f, "%d,", i);
    fclose(f);
    f = fopen(path, "r");
    long sum = 0;
    while (fscanf(f, "%d,", &v) == 1) sum += v;
    fclose(f);
    remove(path);
    printf("sum %ld\n", sum);
    char buf[64];
    snprintf(buf, sizeof buf, "%s", "formatted");
    printf("%s %d\n", buf, (int)strlen(buf));
    printf("EOF %d BUFSIZ>0 %d\n", EOF, BUFSIZ > 0);
    return 0;
}
