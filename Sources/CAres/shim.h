#ifndef MAILCONF_CARES_SHIM_H
#define MAILCONF_CARES_SHIM_H
#include <ares.h>
#include <poll.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    int done;
    int status;
    unsigned char *answer;
    int length;
} mailconf_ares_result;

static void mailconf_ares_callback(void *argument, int status, int timeouts, unsigned char *answer, int length) {
    (void)timeouts;
    mailconf_ares_result *result = (mailconf_ares_result *)argument;
    result->done = 1;
    result->status = status;
    if (answer != NULL && length > 0) {
        result->answer = (unsigned char *)malloc((size_t)length);
        if (result->answer != NULL) {
            memcpy(result->answer, answer, (size_t)length);
            result->length = length;
        }
    }
}

/* One blocking query on a private channel: c-ares keeps NXDOMAIN (ARES_ENOTFOUND), NODATA (ARES_ENODATA),
   SERVFAIL, REFUSED and timeouts apart. `servers` is c-ares' "host:port,host:port" list, or NULL for
   /etc/resolv.conf. Returns the ares status; *answer (free with free()) holds the raw response, if any. */
/* A cancellation flag another thread may raise while a query runs: the query then ends within ~20 ms. */
static inline int *mailconf_flag_create(void) { return (int *)calloc(1, sizeof(int)); }
static inline void mailconf_flag_raise(int *flag) { __atomic_store_n(flag, 1, __ATOMIC_RELEASE); }
static inline int mailconf_flag_is_raised(int *flag) { return flag != NULL && __atomic_load_n(flag, __ATOMIC_ACQUIRE); }
static inline void mailconf_flag_destroy(int *flag) { free(flag); }

static inline int mailconf_ares_query(const char *servers, const char *name, int type, int timeout_ms, int tries,
                                      int *cancelled, unsigned char **answer, int *length) {
    *answer = NULL;
    *length = 0;
    ares_channel channel;
    struct ares_options options;
    memset(&options, 0, sizeof options);
    options.timeout = timeout_ms;
    options.tries = tries;
    options.flags = ARES_FLAG_NOCHECKRESP;
    int status = ares_init_options(&channel, &options, ARES_OPT_TIMEOUTMS | ARES_OPT_TRIES | ARES_OPT_FLAGS);
    if (status != ARES_SUCCESS) return status;
    if (servers != NULL && servers[0] != 0) {
        status = ares_set_servers_ports_csv(channel, servers);
        if (status != ARES_SUCCESS) { ares_destroy(channel); return status; }
    }
    mailconf_ares_result result;
    memset(&result, 0, sizeof result);
    ares_query(channel, name, 1 /* IN */, type, mailconf_ares_callback, &result);
    while (!result.done) {
        if (mailconf_flag_is_raised(cancelled)) {
            ares_cancel(channel);
            break;
        }
        ares_socket_t sockets[ARES_GETSOCK_MAXNUM];
        int mask = ares_getsock(channel, sockets, ARES_GETSOCK_MAXNUM);
        struct pollfd polls[ARES_GETSOCK_MAXNUM];
        int count = 0;
        for (int i = 0; i < ARES_GETSOCK_MAXNUM; i++) {
            short events = 0;
            if (ARES_GETSOCK_READABLE(mask, i)) events |= POLLIN;
            if (ARES_GETSOCK_WRITABLE(mask, i)) events |= POLLOUT;
            if (events == 0) continue;
            polls[count].fd = sockets[i];
            polls[count].events = events;
            polls[count].revents = 0;
            count++;
        }
        if (count == 0) break;
        struct timeval wait;
        struct timeval *next = ares_timeout(channel, NULL, &wait);
        int milliseconds = next == NULL ? 1000 : (int)(next->tv_sec * 1000 + next->tv_usec / 1000);
        if (milliseconds > 20) milliseconds = 20; /* so that a raised flag is seen soon */
        int ready = poll(polls, (nfds_t)count, milliseconds);
        if (ready <= 0) {
            ares_process_fd(channel, ARES_SOCKET_BAD, ARES_SOCKET_BAD);
            continue;
        }
        for (int i = 0; i < count; i++) {
            ares_socket_t readable = (polls[i].revents & (POLLIN | POLLERR | POLLHUP)) ? polls[i].fd : ARES_SOCKET_BAD;
            ares_socket_t writable = (polls[i].revents & POLLOUT) ? polls[i].fd : ARES_SOCKET_BAD;
            if (readable != ARES_SOCKET_BAD || writable != ARES_SOCKET_BAD) ares_process_fd(channel, readable, writable);
        }
    }
    ares_destroy(channel);
    *answer = result.answer;
    *length = result.length;
    if (mailconf_flag_is_raised(cancelled)) return ARES_ECANCELLED;
    return result.done ? result.status : ARES_ETIMEOUT;
}
#endif
