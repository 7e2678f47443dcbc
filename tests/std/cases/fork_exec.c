/* fork, execve, waitpid, pipe, dup2, system */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/wait.h>

int main(void)
{
	int fds[2], status = 0;
	pid_t pid;
	char buf[64];
	ssize_t n;
	printf("@@ fork_pipe\n");
	fflush(stdout);
	if (pipe(fds) != 0)
		return 1;
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		write(fds[1], "from child", 10);
		_exit(5);
	}
	close(fds[1]);
	n = read(fds[0], buf, sizeof buf - 1);
	buf[n > 0 ? n : 0] = 0;
	waitpid(pid, &status, 0);
	printf("%s %d %d\n", buf, WIFEXITED(status), WEXITSTATUS(status));
	printf("@@ exec\n");
	fflush(stdout);
	pid = fork();
	if (pid == 0) {
		char *argv[] = {"sh", "-c", "echo exec works; exit 3", 0};
		execv("/bin/sh", argv);
		_exit(127);
	}
	wait(&status);
	printf("%d\n", WEXITSTATUS(status));
	printf("@@ system\n");
	fflush(stdout);
	status = system("echo from system");
	printf("%d %d\n", WEXITSTATUS(status), system(0));
	return 0;
}
