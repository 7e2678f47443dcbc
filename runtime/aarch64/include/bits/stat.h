/* struct stat exactly as the aarch64 kernel's fstat/newfstatat fill it (asm-generic). */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H
struct stat {
	dev_t st_dev;
	ino_t st_ino;
	mode_t st_mode;
	nlink_t st_nlink;
	uid_t st_uid;
	gid_t st_gid;
	dev_t st_rdev;
	unsigned long __pad1;
	off_t st_size;
	blksize_t st_blksize;
	int __pad2;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	unsigned int __unused[2];
};
/* system call used for stat()/lstat(): fstatat with AT_FDCWD */
#define __MICA_SYS_FSTATAT SYS_newfstatat
#define __MICA_SYS_FSTAT SYS_fstat
#endif
