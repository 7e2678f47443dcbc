/* MAP_ANONYMOUS is not part of strict C11 + POSIX.1-2008 headers in glibc */
#define _DEFAULT_SOURCE 1
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>
#include <fcntl.h>

int main(void) {
    size_t len = 1 << 20;
    unsigned char *p = mmap(NULL, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (p == MAP_FAILED) { printf("mmap failed\n"); return 1; }
    int zero = 1;
    for (size_t i = 0; i < len; i += 4096) if (p[i]) zero = 0;
    printf("zero-filled %d\n", zero);
    for (size_t i = 0; i < len; i++) p[i] = (unsigned char)(i * 7);
    unsigned long sum = 0;
    for (size_t i = 0; i < len; i++) sum += p[i];
    printf("sum %lu\n", sum);
    printf("munmap %d\n", munmap(p, len));
    /* map a file the program wrote */
    const char *path = "/tmp/mica_test_lib_mmap.dat";
    int fd = open(path, O_RDWR | O_CREAT | O_TRUNC, 0600);
    const char text[] = "mapped file contents";
    write(fd, text, sizeof text);
    char *m = mmap(NULL, sizeof text, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0);
    printf("%s\n", m);
    m[0] = 'M';
    munmap(m, sizeof text);
    char back[32] = { 0 };
    lseek(fd, 0, SEEK_SET);
    read(fd, back, sizeof text);
    printf("%s\n", back);
    close(fd);
    unlink(path);
    return 0;
}
