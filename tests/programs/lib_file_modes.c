#include <stdio.h>
#include <string.h>

int main(void) {
    const char *a = "/tmp/mica_test_lib_file_modes_a.txt", *b = "/tmp/mica_test_lib_file_modes_b.txt";
    remove(a); remove(b);
    FILE *f = fopen(a, "wx");                      /* C11 exclusive create */
    printf("create %d\n", f != NULL);
    fputs("first\n", f);
    fclose(f);
    printf("exclusive again fails %d\n", fopen(a, "wx") == NULL);
    printf("rename %d\n", rename(a, b));
    printf("old gone %d\n", fopen(a, "r") == NULL);
    f = fopen(b, "a+");
    fputs("second\n", f);
    fseek(f, 0, SEEK_SET);
    char line[32];
    int n = 0;
    while (fgets(line, sizeof line, f)) printf("%d: %s", ++n, line);
    fclose(f);
    f = fopen(b, "w");                             /* truncates */
    fclose(f);
    f = fopen(b, "r");
    printf("empty after w: %d\n", fgetc(f) == EOF);
    fclose(f);
    f = fopen(b, "w+");
    fprintf(f, "%d %s %.1f", 12, "ab", 2.5);
    rewind(f);
    int i; char s[8]; double d;
    printf("scanned %d:", fscanf(f, "%d %7s %lf", &i, s, &d));
    printf(" %d %s %.1f\n", i, s, d);
    long pos = ftell(f);
    printf("pos %ld\n", pos);
    fclose(f);
    int r1 = remove(b);
    int r2 = remove(b);
    printf("remove %d %d\n", r1, r2 != 0);
    return 0;
}
