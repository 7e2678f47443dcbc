#include <stdio.h>
#include <string.h>

struct rec { int id; char name[12]; double balance; };

int main(void) {
    const char *path = "/tmp/mica_test_lib_binary_records.bin";
    FILE *f = fopen(path, "wb+");
    for (int i = 0; i < 50; i++) {
        struct rec r;
        memset(&r, 0, sizeof r);
        r.id = i * 7;
        snprintf(r.name, sizeof r.name, "rec%03d", i);
        r.balance = i * 1.25 - 10;
        fwrite(&r, sizeof r, 1, f);
    }
    printf("size %ld\n", ftell(f));
    int idx[] = { 0, 49, 17, 3, 33 };
    for (int k = 0; k < 5; k++) {
        struct rec r;
        fseek(f, (long)(idx[k] * sizeof r), SEEK_SET);
        fread(&r, sizeof r, 1, f);
        printf("%d: id %d name %s balance %.2f\n", idx[k], r.id, r.name, r.balance);
    }
    /* update one record in place */
    struct rec r;
    fseek(f, (long)(10 * sizeof r), SEEK_SET);
    fread(&r, sizeof r, 1, f);
    r.balance += 1000;
    fseek(f, -(long)sizeof r, SEEK_CUR);
    fwrite(&r, sizeof r, 1, f);
    rewind(f);
    double total = 0;
    int count = 0;
    while (fread(&r, sizeof r, 1, f) == 1) { total += r.balance; count++; }
    printf("count %d total %.2f\n", count, total);
    /* every byte value survives a round trip */
    freopen(path, "wb", f);
    for (int c = 0; c < 256; c++) fputc(c, f);
    fclose(f);
    f = fopen(path, "rb");
    int ok = 0, c;
    for (int expect = 0; (c = fgetc(f)) != EOF; expect++) ok += c == expect;
    printf("bytes ok %d\n", ok);
    fclose(f);
    remove(path);
    return 0;
}
