/* malloc: boundary-tag allocator with segregated free lists.
   - chunks carry their size and in-use bits in a header; a free chunk's size
     is repeated in the next chunk's prev_size field, so neighbours coalesce;
   - free chunks sit in bins: exact 16-byte classes below 1 KiB, four bins
     per power of two above; a bitmap finds the next non-empty bin;
   - the heap grows with brk (a new mmap'ed segment when brk cannot);
   - requests of MMAP_THRESHOLD bytes or more get their own mapping. */
#include <stdlib.h>
#include <string.h>
#include <errno.h>
#include <unistd.h>
#include <sys/mman.h>
#include "internal.h"

#define ALIGN 16
#define HDR (2 * sizeof(size_t))
#define MINCHUNK ((HDR + 2 * sizeof(void *) + ALIGN - 1) & ~(size_t)(ALIGN - 1))
#define PINUSE ((size_t)1)
#define CINUSE ((size_t)2)
#define MMAPPED ((size_t)4)
#define FLAGS ((size_t)7)
#define MMAP_THRESHOLD ((size_t)256 * 1024)
#define GROW_MIN ((size_t)256 * 1024)

struct chunk {
	size_t prev_size;
	size_t size;
	struct chunk *fd, *bk;
};

#define CSIZE(c) ((c)->size & ~FLAGS)
#define NEXT(c) ((struct chunk *)((char *)(c) + CSIZE(c)))
#define MEM(c) ((void *)((char *)(c) + HDR))
#define CHUNK(p) ((struct chunk *)((char *)(p) - HDR))

#define NSMALL 64
#define NBINS (NSMALL + 4 * (int)(sizeof(size_t) * 8 - 10))
#define MAPWORDS ((NBINS + 31) / 32)

static struct chunk *bins[NBINS];
static uint32_t binmap[MAPWORDS];
static struct chunk *top;     /* the wilderness chunk at the end of the current segment */
static char *seg_end;         /* end of the current segment */
static char *brk_cur;         /* current program break (0: not known yet) */
static int brk_failed;

static int bin_index(size_t sz)
{
	int lg = 0;
	size_t t;
	if (sz < NSMALL * ALIGN)
		return (int)(sz / ALIGN);
	for (t = sz; t > 1; t >>= 1)
		lg++;
	return NSMALL + (lg - 10) * 4 + (int)((sz >> (lg - 2)) & 3);
}

static void bin_insert(struct chunk *c)
{
	int i = bin_index(CSIZE(c));
	c->fd = bins[i];
	c->bk = 0;
	if (bins[i])
		bins[i]->bk = c;
	bins[i] = c;
	binmap[i / 32] |= (uint32_t)1 << (i % 32);
}

static void bin_remove(struct chunk *c)
{
	int i = bin_index(CSIZE(c));
	if (c->bk)
		c->bk->fd = c->fd;
	else
		bins[i] = c->fd;
	if (c->fd)
		c->fd->bk = c->bk;
	if (!bins[i])
		binmap[i / 32] &= ~((uint32_t)1 << (i % 32));
}

static void corrupt(const char *msg)
{
	__builtin_syscall(SYS_write, 2, msg, strlen(msg));
	abort();
}

/* mark c (size sz, flags kept) as a free chunk and file it */
static void make_free(struct chunk *c, size_t sz)
{
	struct chunk *n;
	c->size = sz | (c->size & PINUSE);
	n = (struct chunk *)((char *)c + sz);
	n->prev_size = sz;
	n->size &= ~PINUSE;
	bin_insert(c);
}

/* turn the old top into an ordinary free chunk followed by a fence */
static void retire_top(void)
{
	size_t sz;
	struct chunk *fence;
	if (!top)
		return;
	sz = CSIZE(top);
	if (sz >= MINCHUNK + ALIGN) {
		fence = (struct chunk *)((char *)top + sz - ALIGN);
		fence->size = ALIGN | CINUSE; /* PINUSE cleared by make_free */
		top->size = (sz - ALIGN) | (top->size & PINUSE);
		make_free(top, sz - ALIGN);
	} else {
		top->size = sz | CINUSE | (top->size & PINUSE);
	}
	top = 0;
}

static void *sys_mmap(size_t len)
{
	long r = __builtin_syscall(__MICA_SYS_MMAP, 0, len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
	if (r < 0 && r > -4096)
		return 0;
	return (void *)r;
}

/* make top at least need bytes */
static int grow(size_t need)
{
	size_t pg = __mica_pagesize, amount;
	char *start;
	if (need > (size_t)-1 / 2)
		return 0;
	amount = need + ALIGN * 2;
	if (amount < GROW_MIN)
		amount = GROW_MIN;
	amount = (amount + pg - 1) & ~(pg - 1);
	if (!brk_failed) {
		char *want;
		long r;
		if (!brk_cur) {
			brk_cur = (char *)__builtin_syscall(SYS_brk, 0);
			seg_end = 0;
		}
		want = brk_cur + amount;
		r = __builtin_syscall(SYS_brk, want);
		if ((char *)r == want) {
			start = brk_cur;
			brk_cur = want;
			if (top && start == seg_end) {
				top->size += amount;
				seg_end = want;
				return 1;
			}
			retire_top();
			goto newseg;
		}
		brk_failed = 1;
	}
	start = sys_mmap(amount);
	if (!start)
		return 0;
	retire_top();
newseg:
	{
		/* first chunk positioned so that its payload is ALIGN-aligned */
		uintptr_t a = ((uintptr_t)start + HDR + ALIGN - 1) & ~(uintptr_t)(ALIGN - 1);
		top = (struct chunk *)(a - HDR);
		seg_end = start + amount;
		top->size = (size_t)(seg_end - (char *)top) | PINUSE;
	}
	return CSIZE(top) >= need;
}

static size_t req2size(size_t n)
{
	size_t s;
	if (n > (size_t)-1 / 2)
		return 0;
	s = (n + HDR + ALIGN - 1) & ~(size_t)(ALIGN - 1);
	return s < MINCHUNK ? MINCHUNK : s;
}

/* carve sz bytes from the front of free-or-top chunk c (already unlinked) */
static void *use_chunk(struct chunk *c, size_t sz)
{
	size_t have = CSIZE(c);
	if (have - sz >= MINCHUNK) {
		struct chunk *r = (struct chunk *)((char *)c + sz);
		c->size = sz | CINUSE | (c->size & PINUSE);
		r->size = (have - sz) | PINUSE;
		if (c == top) {
			top = r;
		} else {
			make_free(r, have - sz);
		}
	} else {
		c->size |= CINUSE;
		if (c == top) {
			top = 0; /* exactly used up: the next grow starts a segment */
			seg_end = 0;
		} else {
			NEXT(c)->size |= PINUSE;
		}
	}
	return MEM(c);
}

static void *mmap_chunk(size_t sz)
{
	size_t pg = __mica_pagesize;
	size_t len = (sz + ALIGN + pg - 1) & ~(pg - 1);
	char *m = sys_mmap(len);
	struct chunk *c;
	if (!m)
		return 0;
	/* payload aligned: chunk header at m + (ALIGN - HDR) */
	c = (struct chunk *)(m + (ALIGN - HDR) % ALIGN);
	c->prev_size = (size_t)((char *)c - m);
	c->size = (len - c->prev_size) | MMAPPED | CINUSE;
	return MEM(c);
}

void *malloc(size_t n)
{
	size_t sz = req2size(n);
	int i;
	struct chunk *c;
	if (!sz) {
		errno = ENOMEM;
		return 0;
	}
	if (sz >= MMAP_THRESHOLD) {
		void *p = mmap_chunk(sz);
		if (p)
			return p;
	}
	i = bin_index(sz);
	if (i < NSMALL) {
		c = bins[i];
		if (c) {
			bin_remove(c);
			return use_chunk(c, sz);
		}
	} else {
		struct chunk *best = 0;
		for (c = bins[i]; c; c = c->fd)
			if (CSIZE(c) >= sz && (!best || CSIZE(c) < CSIZE(best))) {
				best = c;
				if (CSIZE(c) == sz)
					break;
			}
		if (best) {
			bin_remove(best);
			return use_chunk(best, sz);
		}
	}
	/* smallest chunk of a larger bin */
	for (i = i + 1; i < NBINS;) {
		uint32_t w = binmap[i / 32] >> (i % 32);
		if (!w) {
			i = (i / 32 + 1) * 32;
			continue;
		}
		while (!(w & 1))
			w >>= 1, i++;
		c = bins[i];
		bin_remove(c);
		return use_chunk(c, sz);
	}
	if (!top || CSIZE(top) < sz + MINCHUNK) {
		if (!grow(sz + MINCHUNK)) {
			errno = ENOMEM;
			return 0;
		}
	}
	return use_chunk(top, sz);
}

void free(void *p)
{
	struct chunk *c, *n;
	size_t sz;
	if (!p)
		return;
	c = CHUNK(p);
	if (!(c->size & CINUSE))
		corrupt("free(): double free or invalid pointer\n");
	if (c->size & MMAPPED) {
		__builtin_syscall(SYS_munmap, (char *)c - c->prev_size, CSIZE(c) + c->prev_size);
		return;
	}
	sz = CSIZE(c);
	c->size &= ~CINUSE;
	if (!(c->size & PINUSE)) {
		struct chunk *pv = (struct chunk *)((char *)c - c->prev_size);
		bin_remove(pv);
		sz += CSIZE(pv);
		c = pv;
	}
	n = (struct chunk *)((char *)c + sz);
	if (n == top) {
		c->size = (sz + CSIZE(top)) | (c->size & PINUSE);
		top = c;
		return;
	}
	if (!(n->size & CINUSE)) {
		bin_remove(n);
		sz += CSIZE(n);
	}
	make_free(c, sz);
}

void *calloc(size_t a, size_t b)
{
	void *p;
	if (b && a > (size_t)-1 / b) {
		errno = ENOMEM;
		return 0;
	}
	p = malloc(a * b);
	if (p)
		memset(p, 0, a * b);
	return p;
}

size_t malloc_usable_size(void *p)
{
	return p ? CSIZE(CHUNK(p)) - HDR : 0;
}

void *realloc(void *p, size_t n)
{
	struct chunk *c, *nx;
	size_t sz, have;
	void *q;
	if (!p)
		return malloc(n);
	sz = req2size(n);
	if (!sz) {
		errno = ENOMEM;
		return 0;
	}
	c = CHUNK(p);
	have = CSIZE(c);
	if (!(c->size & CINUSE))
		corrupt("realloc(): invalid pointer\n");
	if (c->size & MMAPPED) {
		if (sz <= have && sz * 2 > have)
			return p;
	} else {
		if (sz <= have) {
			if (have - sz >= MINCHUNK) {
				struct chunk *r = (struct chunk *)((char *)c + sz);
				c->size = sz | CINUSE | (c->size & PINUSE);
				r->size = (have - sz) | PINUSE | CINUSE;
				free(MEM(r));
			}
			return p;
		}
		nx = NEXT(c);
		if (nx == top && have + CSIZE(top) >= sz + MINCHUNK) {
			size_t total = have + CSIZE(top);
			top = (struct chunk *)((char *)c + sz);
			top->size = (total - sz) | PINUSE;
			c->size = sz | CINUSE | (c->size & PINUSE);
			return p;
		}
		if (nx != top && !(nx->size & CINUSE) && have + CSIZE(nx) >= sz) {
			size_t total = have + CSIZE(nx);
			bin_remove(nx);
			c->size = total | CINUSE | (c->size & PINUSE);
			NEXT(c)->size |= PINUSE;
			if (total - sz >= MINCHUNK) {
				struct chunk *r = (struct chunk *)((char *)c + sz);
				c->size = sz | CINUSE | (c->size & PINUSE);
				r->size = (total - sz) | PINUSE | CINUSE;
				free(MEM(r));
			}
			return p;
		}
	}
	q = malloc(n);
	if (!q)
		return 0;
	memcpy(q, p, (have - HDR < n) ? have - HDR : n);
	free(p);
	return q;
}

void *reallocarray(void *p, size_t a, size_t b)
{
	if (b && a > (size_t)-1 / b) {
		errno = ENOMEM;
		return 0;
	}
	return realloc(p, a * b);
}

void *aligned_alloc(size_t align, size_t n)
{
	char *p, *a;
	struct chunk *c, *ac;
	size_t lead, total;
	if (align & (align - 1)) {
		errno = EINVAL;
		return 0;
	}
	if (align <= ALIGN)
		return malloc(n);
	if (n > (size_t)-1 / 2 - align) {
		errno = ENOMEM;
		return 0;
	}
	p = malloc(n + align + MINCHUNK);
	if (!p)
		return 0;
	if (((uintptr_t)p & (align - 1)) == 0)
		return p;
	c = CHUNK(p);
	a = (char *)(((uintptr_t)p + MINCHUNK + align - 1) & ~(uintptr_t)(align - 1));
	ac = CHUNK(a);
	lead = (size_t)((char *)ac - (char *)c);
	total = CSIZE(c);
	if (c->size & MMAPPED) {
		ac->prev_size = c->prev_size + lead;
		ac->size = (total - lead) | MMAPPED | CINUSE;
		return a;
	}
	/* give back the leading part as a free chunk */
	ac->size = (total - lead) | CINUSE;
	NEXT(ac)->size |= PINUSE;
	c->size = lead | CINUSE | (c->size & PINUSE);
	ac->size |= PINUSE;
	free(MEM(c));
	/* and trim the tail (shrinking in place cannot fail) */
	realloc(a, n);
	return a;
}

int posix_memalign(void **res, size_t align, size_t n)
{
	void *p;
	if (align < sizeof(void *) || (align & (align - 1)))
		return EINVAL;
	p = aligned_alloc(align, n);
	if (!p)
		return ENOMEM;
	*res = p;
	return 0;
}

void *memalign(size_t align, size_t n)
{
	return aligned_alloc(align, n);
}

/* brk/sbrk for programs that want them; malloc then stops using brk */
int brk(void *addr)
{
	long r = __builtin_syscall(SYS_brk, addr);
	brk_failed = 1;
	if ((void *)r != addr) {
		errno = ENOMEM;
		return -1;
	}
	return 0;
}

void *sbrk(intptr_t inc)
{
	char *cur = (char *)__builtin_syscall(SYS_brk, 0);
	brk_failed = 1;
	if (inc == 0)
		return cur;
	if ((char *)__builtin_syscall(SYS_brk, cur + inc) != cur + inc) {
		errno = ENOMEM;
		return (void *)-1;
	}
	return cur;
}
