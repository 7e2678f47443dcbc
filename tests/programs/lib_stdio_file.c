#include <stdio.h>
#include <string.h>

int main(void) {
    const char *path = "/tmp/mica_test_lib_stdio_file.txt";
    FILE *f = fopen(path, "w");
    if (!f) { printf("cannot open\n"); return 1; }
    for (int i = 1; i <= 5; i++) fprintf(f, "line %d: %d %.2f %s\n", i, i * i, i / 4.0, i % 2 ? "odd" : "even");
    fputs("last line without number\n", f);
    fputc('!', f);
    fclose(f);

    f = fopen(path, "r");
    char line[128];
    int n = 0;
    while (fgets(line, sizeof line, f)) { n++; if (n == 2 || n == 6) printf("got: %s", line); }
    printf("\nlines %d\n", n);
    rewind(f);
    int idx, sq; double q; char word[16];
    int fields = fscanf(f, "line %d: %d %lf %15s", &idx, &sq, &q, word);
    printf("%d: %d %d %.2f %s\n", fields, idx, sq, q, word);
    printf("pos %ld\n", ftell(f));
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    printf("size %ld\n", size);
    fseek(f, -1, SEEK_END);
    printf("last char %c\n", fgetc(f));
    printf("eof %d\n", fgetc(f) == EOF && feof(f));
    fseek(f, 7, SEEK_SET);
    printf("char at 7: %c\n", getc(f));
    fseek(f, 2, SEEK_CUR);
    printf("char at 10: %c\n", fgetc(f));
    clearerr(f);
    fclose(f);

    /* binary write and read */
    f = fopen(path, "wb");
    int data[10];
    for (int i = 0; i < 10; i++) data[i] = i * 1000 - 3;
    size_t w = fwrite(data, sizeof data[0], 10, f);
    double d = 2.5;
    fwrite(&d, sizeof d, 1, f);
    fclose(f);
    f = fopen(path, "rb");
    int back[10] = { 0 };
    size_t r = fread(back, sizeof back[0], 10, f);
    double d2 = 0;
    fread(&d2, sizeof d2, 1, f);
    printf("%d %d %d %d %.1f\n", (int)w, (int)r, back[0], back[9], d2);
    printf("extra read %d\n", (int)fread(back, 1, 1, f));
    fclose(f);

    /* append mode and "r+" */
    f = fopen(path, "w"); fputs("abc", f); fclose(f);
    f = fopen(path, "a"); fputs("def", f); fclose(f);
    f = fopen(path, "r+");
    fseek(f, 1, SEEK_SET);
    fputc('X', f);
    fseek(f, 0, SEEK_SET);
    char all[16] = { 0 };
    fgets(all, sizeof all, f);
    printf("%s\n", all);
    fclose(f);
    printf("remove %d\n", remove(path));
    printf("reopen fails %d\n", fopen(path, "r") == NULL);
    return 0;
}
