/* struct stat exactly as the x86_64 kernel's fstat/newfstatat fill it. */
#ifndef _BITS_STAT_H
#define _BITS_STAT_H
struct stat {
	dev_t st_dev;
	ino_t st_ino;
	nlink_t st_nlink;
	mode_t st_mode;
	uid_t st_uid;
	gid_t st_gid;
	unsigned int __pad0;
	dev_t st_rdev;
	off_t st_size;
	blksize_t st_blksize;
	blkcnt_t st_blocks;
	struct timespec st_atim;
	struct timespec st_mtim;
	struct timespec st_ctim;
	long __unused[3];
};
/* system call used for stat()/lstat(): fstatat with AT_FDCWD */
#define __MICA_SYS_FSTATAT SYS_newfstatat
#define __MICA_SYS_FSTAT SYS_fstat
#endif
