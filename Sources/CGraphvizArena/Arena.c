/* The address-ordered heap of CGraphvizArena.h: malloc and its family, forwarding to glibc
 * outside an arena session. Linked into an executable, these definitions replace glibc's for
 * the executable and for every shared library it loads (libgvc, cgraph, the plugins, pango).
 *
 * Layout of the arena: chunks mapped with mmap (each asked for right above the previous one,
 * so that addresses keep growing from chunk to chunk), recorded in an append-only table that
 * free() reads without a lock to tell an arena pointer by its address. Every block is 16-byte
 * aligned (or more, for memalign) and preceded by a 16-byte header that holds its size. Blocks
 * are cut off the current chunk under one lock; an address is never handed out twice. */
#define _GNU_SOURCE
#include "CGraphvizArena.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

/* glibc's allocator under its internal names (exported by libc.so.6 for this purpose). */
extern void *__libc_malloc(size_t size);
extern void __libc_free(void *pointer);
extern void *__libc_calloc(size_t count, size_t size);
extern void *__libc_realloc(void *pointer, size_t size);
extern void *__libc_memalign(size_t alignment, size_t size);
extern void *__libc_valloc(size_t size);
extern void *__libc_pvalloc(size_t size);

enum {
  HEADER = 16,           /* bytes before each block: its size, then padding */
  MIN_ALIGNMENT = 16,    /* what malloc guarantees on x86-64 and arm64 */
  MAX_CHUNKS = 1 << 16,  /* past this, sessions fall back to glibc */
};
static const size_t CHUNK_SIZE = (size_t)256 << 20; /* reserved per chunk; pages appear when touched */

/* The chunk table. Entries are written under `lock` before `chunkCount` is raised (release);
   readers load `chunkCount` (acquire) and scan the entries below it. */
static struct { _Atomic uintptr_t start, end; } chunks[MAX_CHUNKS];
static _Atomic size_t chunkCount;
/* The lowest and highest arena addresses, for a quick no. */
static _Atomic uintptr_t lowest = UINTPTR_MAX, highest;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static uintptr_t cursor, limit; /* the free part of the current chunk; under `lock` */
static _Atomic size_t handedOut;
/* What the arena handed out to sessions of this thread. */
static _Thread_local size_t handedOutHere;

static _Thread_local unsigned sessionDepth;

void coopgraph_arena_begin(void) { sessionDepth++; }
void coopgraph_arena_end(void) {
  if (sessionDepth > 0) sessionDepth--;
}
size_t coopgraph_arena_bytes(void) { return atomic_load_explicit(&handedOut, memory_order_relaxed); }
size_t coopgraph_arena_thread_bytes(void) { return handedOutHere; }

static inline int inSession(void) { return sessionDepth > 0; }

static inline int isArena(const void *pointer) {
  uintptr_t p = (uintptr_t)pointer;
  if (p < atomic_load_explicit(&lowest, memory_order_relaxed) || p >= atomic_load_explicit(&highest, memory_order_relaxed)) return 0;
  size_t n = atomic_load_explicit(&chunkCount, memory_order_acquire);
  for (size_t i = n; i-- > 0;) { /* newest first: most frees are of recent blocks */
    if (p >= atomic_load_explicit(&chunks[i].start, memory_order_relaxed) && p < atomic_load_explicit(&chunks[i].end, memory_order_relaxed)) return 1;
  }
  return 0;
}

static inline size_t *sizeOf(void *block) { return (size_t *)((char *)block - HEADER); }

/* Maps a new chunk of at least `size` bytes right above the last one; under `lock`. */
static int newChunk(size_t size) {
  size_t count = atomic_load_explicit(&chunkCount, memory_order_relaxed);
  if (count >= MAX_CHUNKS) return 0;
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  size_t length = size > CHUNK_SIZE ? (size + page - 1) / page * page : CHUNK_SIZE;
  void *hint = count > 0 ? (void *)atomic_load_explicit(&chunks[count - 1].end, memory_order_relaxed) : NULL;
  void *start = mmap(hint, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (start == MAP_FAILED && length > size) { /* a strict overcommit policy: map only what is needed */
    length = (size + page - 1) / page * page;
    start = mmap(hint, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  }
  if (start == MAP_FAILED) return 0;
  uintptr_t s = (uintptr_t)start, e = s + length;
  atomic_store_explicit(&chunks[count].start, s, memory_order_relaxed);
  atomic_store_explicit(&chunks[count].end, e, memory_order_relaxed);
  if (s < atomic_load_explicit(&lowest, memory_order_relaxed)) atomic_store_explicit(&lowest, s, memory_order_relaxed);
  if (e > atomic_load_explicit(&highest, memory_order_relaxed)) atomic_store_explicit(&highest, e, memory_order_relaxed);
  atomic_store_explicit(&chunkCount, count + 1, memory_order_release);
  cursor = s;
  limit = e;
  return 1;
}

/* A block of `size` bytes at a multiple of `alignment` (a power of two), above every block
   handed out before; NULL when no chunk can be mapped. The memory is zero: it is fresh from
   mmap and never reused. */
static void *arenaAllocate(size_t size, size_t alignment) {
  if (alignment < MIN_ALIGNMENT) alignment = MIN_ALIGNMENT;
  if (size > SIZE_MAX / 4 || alignment > CHUNK_SIZE / 4) return NULL;
  size_t need = size + HEADER + alignment;
  pthread_mutex_lock(&lock);
  uintptr_t block = (cursor + HEADER + alignment - 1) & ~(uintptr_t)(alignment - 1);
  if (cursor == 0 || block + size > limit) {
    if (!newChunk(need)) {
      pthread_mutex_unlock(&lock);
      return NULL;
    }
    block = (cursor + HEADER + alignment - 1) & ~(uintptr_t)(alignment - 1);
  }
  atomic_fetch_add_explicit(&handedOut, block + size - cursor, memory_order_relaxed);
  handedOutHere += block + size - cursor;
  cursor = block + size;
  pthread_mutex_unlock(&lock);
  *sizeOf((void *)block) = size;
  return (void *)block;
}

/* glibc's malloc_usable_size, which has no internal name: looked up once, lazily (the lookup
   may allocate, which only reaches glibc's malloc). */
static size_t (*glibcUsableSize)(void *);
static _Thread_local int resolving;
static size_t usableSizeInGlibc(void *pointer) {
  size_t (*f)(void *) = __atomic_load_n(&glibcUsableSize, __ATOMIC_ACQUIRE);
  if (f == NULL) {
    if (resolving) return 0;
    resolving = 1;
    f = (size_t (*)(void *))dlsym(RTLD_NEXT, "malloc_usable_size");
    resolving = 0;
    if (f == NULL) return 0;
    __atomic_store_n(&glibcUsableSize, f, __ATOMIC_RELEASE);
  }
  return f(pointer);
}

__attribute__((constructor)) static void resolveEarly(void) { (void)usableSizeInGlibc(NULL); }

static void *sessionAllocate(size_t size, size_t alignment) {
  void *block = arenaAllocate(size, alignment);
  if (block != NULL) return block;
  /* No chunk could be mapped: glibc's memory still works, in glibc's order. */
  return alignment <= MIN_ALIGNMENT ? __libc_malloc(size) : __libc_memalign(alignment, size);
}

void *malloc(size_t size) {
  if (!inSession()) return __libc_malloc(size);
  return sessionAllocate(size, MIN_ALIGNMENT);
}

/* The pages wholly inside a freed arena block of at least this many bytes go back to the
   system (a cairo image surface, an array that grew); the addresses stay taken, never reused. */
static const size_t RELEASE_SIZE = (size_t)64 << 10;

static void release(void *block) {
  size_t size = *sizeOf(block);
  if (size < RELEASE_SIZE) return;
  uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
  uintptr_t start = ((uintptr_t)block + page - 1) & ~(page - 1), end = ((uintptr_t)block + size) & ~(page - 1);
  if (end > start) madvise((void *)start, end - start, MADV_DONTNEED);
}

void free(void *pointer) {
  if (pointer == NULL) return;
  if (isArena(pointer)) {
    release(pointer);
    return;
  }
  __libc_free(pointer);
}

void *calloc(size_t count, size_t size) {
  if (!inSession()) return __libc_calloc(count, size);
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) {
    errno = ENOMEM;
    return NULL;
  }
  void *block = arenaAllocate(total, MIN_ALIGNMENT);
  return block != NULL ? block : __libc_calloc(count, size);
}

void *realloc(void *pointer, size_t size) {
  if (pointer == NULL) return malloc(size);
  if (size == 0) { /* glibc frees and returns NULL */
    free(pointer);
    return NULL;
  }
  if (!isArena(pointer)) {
    if (!inSession()) return __libc_realloc(pointer, size);
    /* Move into the arena, so that the block's new address is in creation order too. */
    size_t old = usableSizeInGlibc(pointer);
    if (old == 0) return __libc_realloc(pointer, size);
    void *block = arenaAllocate(size, MIN_ALIGNMENT);
    if (block == NULL) return __libc_realloc(pointer, size);
    memcpy(block, pointer, old < size ? old : size);
    __libc_free(pointer);
    return block;
  }
  size_t old = *sizeOf(pointer);
  if (size <= old) return pointer;
  if (inSession()) {
    /* The last block of the chunk grows in place. */
    pthread_mutex_lock(&lock);
    if ((uintptr_t)pointer + old == cursor && (uintptr_t)pointer + size <= limit) {
      atomic_fetch_add_explicit(&handedOut, size - old, memory_order_relaxed);
      handedOutHere += size - old;
      cursor = (uintptr_t)pointer + size;
      *sizeOf(pointer) = size;
      pthread_mutex_unlock(&lock);
      return pointer;
    }
    pthread_mutex_unlock(&lock);
  }
  void *block = malloc(size);
  if (block == NULL) return NULL;
  memcpy(block, pointer, old);
  release(pointer);
  return block;
}

void *reallocarray(void *pointer, size_t count, size_t size) {
  size_t total;
  if (__builtin_mul_overflow(count, size, &total)) {
    errno = ENOMEM;
    return NULL;
  }
  return realloc(pointer, total);
}

static inline int isPowerOfTwo(size_t n) { return n != 0 && (n & (n - 1)) == 0; }

void *memalign(size_t alignment, size_t size) {
  if (!inSession()) return __libc_memalign(alignment, size);
  if (!isPowerOfTwo(alignment)) return __libc_memalign(alignment, size); /* glibc rounds it up */
  return sessionAllocate(size, alignment);
}

void *aligned_alloc(size_t alignment, size_t size) { return memalign(alignment, size); }

int posix_memalign(void **result, size_t alignment, size_t size) {
  if (!isPowerOfTwo(alignment) || alignment % sizeof(void *) != 0) return EINVAL;
  void *block = memalign(alignment, size);
  if (block == NULL) return ENOMEM;
  *result = block;
  return 0;
}

void *valloc(size_t size) {
  if (!inSession()) return __libc_valloc(size);
  return sessionAllocate(size, (size_t)sysconf(_SC_PAGESIZE));
}

void *pvalloc(size_t size) {
  if (!inSession()) return __libc_pvalloc(size);
  size_t page = (size_t)sysconf(_SC_PAGESIZE);
  if (size > SIZE_MAX - page) {
    errno = ENOMEM;
    return NULL;
  }
  return sessionAllocate((size + page - 1) / page * page, page);
}

size_t malloc_usable_size(void *pointer) {
  if (pointer == NULL) return 0;
  if (isArena(pointer)) return *sizeOf(pointer);
  return usableSizeInGlibc(pointer);
}
