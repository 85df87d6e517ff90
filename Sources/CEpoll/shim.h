// Linux's epoll and accept4, which Swift's Glibc module leaves out (accept4 needs _GNU_SOURCE there), and glibc's
// malloc_trim; for `serve`'s parked connections.
#ifdef __linux__
#include <malloc.h>
#include <sys/epoll.h>
#include <sys/socket.h>
int accept4(int sockfd, struct sockaddr *addr, socklen_t *addrlen, int flags);
#endif
