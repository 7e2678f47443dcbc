/* perror, strerror and errno from failing calls; unbuffered stderr */
#include <stdio.h>
#include <errno.h>
#include <string.h>
#include <unistd.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <stdlib.h>

int main(void)
{
	struct stat st;
	char cwd[4096];
	int fd, r;
	errno = ENOENT;
	perror("open thing");
	errno = EACCES;
	perror(0);
	errno = 0;
	perror("");
	printf("@@ syscalls\n");
	fd = open("/definitely/not/here", O_RDONLY);
	printf("%d %d %s\n", fd, errno, strerror(errno));
	printf("%d %d\n", close(-5), errno == EBADF);
	fd = open("f.txt", O_CREAT | O_WRONLY | O_TRUNC, 0644);
	printf("%zd\n", write(fd, "abcdef", 6));
	printf("%ld\n", (long)lseek(fd, 0, SEEK_CUR));
	close(fd);
	/* the calls in their own statements: argument order is unspecified */
	r = stat("f.txt", &st);
	printf("%d %lld %d\n", r, (long long)st.st_size, S_ISREG(st.st_mode));
	fd = open("f.txt", O_RDONLY);
	r = fstat(fd, &st);
	printf("%d %lld\n", r, (long long)st.st_size);
	{
		char b[10] = {0};
		printf("%zd [%s]\n", read(fd, b, 4), b);
		printf("%ld\n", (long)lseek(fd, -2, SEEK_END));
		printf("%zd [%s]\n", read(fd, b, 9), b);
	}
	close(fd);
	printf("%d %d\n", access("f.txt", R_OK), access("nope.txt", F_OK));
	printf("%d\n", unlink("f.txt"));
	printf("%d %d\n", unlink("f.txt"), errno == ENOENT);
	printf("%d\n", getcwd(cwd, sizeof cwd) != 0 && cwd[0] == '/');
	printf("%d %d\n", stat("/", &st), S_ISDIR(st.st_mode));
	printf("%d %d\n", getpid() > 0, isatty(-1));
	printf("%d\n", mkdir("dd", 0755) == 0 && rmdir("dd") == 0);
	fprintf(stderr, "partial ");
	fprintf(stderr, "line\n");
	return 3;
}
