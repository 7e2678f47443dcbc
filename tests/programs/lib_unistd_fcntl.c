#include <stdio.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/types.h>
#include <sys/stat.h>

int main(void) {
    const char *path = "/tmp/mica_test_lib_unistd_fcntl.bin";
    int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    printf("open ok %d\n", fd >= 0);
    const char msg[] = "hello from write()\n";
    ssize_t w = write(fd, msg, sizeof msg - 1);
    printf("wrote %d\n", (int)w);
    char block[1000];
    for (int i = 0; i < 1000; i++) block[i] = (char)('a' + i % 26);
    w = write(fd, block, sizeof block);
    printf("wrote %d\n", (int)w);
    close(fd);
    struct stat st;
    int sr = stat(path, &st);
    printf("stat %d size %lld regular %d\n", sr, (long long)st.st_size, S_ISREG(st.st_mode) != 0);
    fd = open(path, O_RDONLY);
    char buf[64];
    ssize_t r = read(fd, buf, 19);
    buf[r] = 0;
    printf("read %d: %s", (int)r, buf);
    off_t off = lseek(fd, 26, SEEK_CUR);
    printf("lseek %lld\n", (long long)off);
    r = read(fd, buf, 5);
    buf[r] = 0;
    printf("%s\n", buf);
    off = lseek(fd, -3, SEEK_END);
    r = read(fd, buf, 10);
    buf[r] = 0;
    printf("%lld %d %s\n", (long long)off, (int)r, buf);
    r = read(fd, buf, 10);
    printf("at eof %d\n", (int)r);
    struct stat fst;
    fstat(fd, &fst);
    printf("fstat size %lld\n", (long long)fst.st_size);
    close(fd);
    printf("unlink %d\n", unlink(path));
    printf("open missing %d\n", open(path, O_RDONLY) < 0);
    fflush(stdout);
    const char direct[] = "direct to fd 1\n";
    write(1, direct, sizeof direct - 1);
    printf("back to stdio\n");
    fflush(stdout);
    printf("pid positive %d\n", getpid() > 0);
    return 0;
}
