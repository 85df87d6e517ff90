#ifndef MAILCONF_CRESOLV_SHIM_H
#define MAILCONF_CRESOLV_SHIM_H
#include <sys/types.h>
#include <netinet/in.h>
#include <arpa/inet.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <stdlib.h>
#include <string.h>

/* res_ninit/res_nclose/res_nquery are macros (or versioned symbols) in glibc; Swift cannot call macros. */
static inline res_state mailconf_res_new(void) {
    res_state state = (res_state)calloc(1, sizeof(struct __res_state));
    if (state == NULL) return NULL;
    if (res_ninit(state) != 0) { free(state); return NULL; }
    /* With pfcode set, glibc's res_nsend hands back SERVFAIL/REFUSED answers instead of turning them into a
       timeout-like failure (the behaviour it keeps for dig), so the caller can tell them apart. */
    state->pfcode = RES_PRF_QUES;
    return state;
}

static inline void mailconf_res_free(res_state state) {
    if (state == NULL) return;
    res_nclose(state);
    free(state);
}

static inline int mailconf_res_query(res_state state, const char *name, int class_, int type,
                                     unsigned char *answer, int length) {
    return res_nquery(state, name, class_, type, answer, length);
}

/* Points the resolver at one IPv4 server (address in network byte order) and port. */
static inline void mailconf_res_set_server(res_state state, struct in_addr address, unsigned short port) {
    state->nscount = 1;
    state->nsaddr_list[0].sin_family = AF_INET;
    state->nsaddr_list[0].sin_addr = address;
    state->nsaddr_list[0].sin_port = htons(port);
}

static inline void mailconf_res_set_timeout(res_state state, int seconds, int attempts) {
    state->retrans = seconds;
    state->retry = attempts;
}

/* Builds and sends a query; returns the answer length (answer holds the response even for NXDOMAIN and
   SERVFAIL), or -1 with errno set (ETIMEDOUT when no server answered). */
static inline int mailconf_res_send(res_state state, const char *name, int class_, int type,
                                    unsigned char *answer, int length) {
    unsigned char query[NS_PACKETSZ + 64];
    int size = res_nmkquery(state, ns_o_query, name, class_, type, NULL, 0, NULL, query, sizeof query);
    if (size < 0) return -2;
    return res_nsend(state, query, size, answer, length);
}

static inline int mailconf_res_h_errno(res_state state) { return state->res_h_errno; }

static inline int mailconf_ns_initparse(const unsigned char *message, int length, ns_msg *handle) {
    return ns_initparse(message, length, handle);
}

static inline int mailconf_ns_msg_count(ns_msg handle, ns_sect section) { return ns_msg_count(handle, section); }
static inline int mailconf_ns_msg_rcode(ns_msg handle) { return ns_msg_getflag(handle, ns_f_rcode); }
static inline int mailconf_ns_rr_type(ns_rr rr) { return ns_rr_type(rr); }
static inline unsigned int mailconf_ns_rr_ttl(ns_rr rr) { return ns_rr_ttl(rr); }
static inline const unsigned char *mailconf_ns_rr_rdata(ns_rr rr) { return ns_rr_rdata(rr); }
static inline int mailconf_ns_rr_rdlen(ns_rr rr) { return ns_rr_rdlen(rr); }
static inline const char *mailconf_ns_rr_name(ns_rr *rr) { return rr->name; }
static inline const unsigned char *mailconf_ns_msg_base(ns_msg handle) { return ns_msg_base(handle); }
static inline const unsigned char *mailconf_ns_msg_end(ns_msg handle) { return ns_msg_end(handle); }
#endif
