// notifyguard-noop-milter: the floor of the milter protocol for the end-to-end benchmark. It registers the same
// callbacks as notifyguard (so the MTA sends the same events: connect through end of message, headers and body)
// and answers "continue" to each, doing no work of its own. Benchmark-only; see README "Benchmarks".
//
// Usage: notifyguard-noop-milter SOCKET [--skip-replies]
//   SOCKET          libmilter spec: unix:/path or inet:PORT@127.0.0.1
//   --skip-replies  negotiate SMFIP_NR_* for connect..end of headers, as notifyguard does with skip_replies: true
#include <libmilter/mfapi.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>

static int skip_replies;

static sfsistat noop_negotiate(SMFICTX *ctx, unsigned long f0, unsigned long f1, unsigned long f2, unsigned long f3,
                               unsigned long *pf0, unsigned long *pf1, unsigned long *pf2, unsigned long *pf3) {
    (void)ctx; (void)f2; (void)f3;
    unsigned long no_reply = SMFIP_NR_CONN | SMFIP_NR_HELO | SMFIP_NR_MAIL | SMFIP_NR_RCPT | SMFIP_NR_HDR | SMFIP_NR_EOH;
    *pf0 = 0;
    // Skip the events notifyguard skips too (unknown commands, DATA), so both get the same event stream.
    *pf1 = f1 & ((unsigned long)(SMFIP_NOUNKNOWN | SMFIP_NODATA | SMFIP_SKIP) | (skip_replies ? no_reply : 0UL));
    *pf2 = 0;
    *pf3 = 0;
    (void)f0;
    return SMFIS_CONTINUE;
}

// With SMFIP_NR_* negotiated the MTA does not read a reply for that stage, so the callback must not send one.
static sfsistat answer(void) { return skip_replies ? SMFIS_NOREPLY : SMFIS_CONTINUE; }

static sfsistat noop_connect(SMFICTX *ctx, char *host, _SOCK_ADDR *address) { (void)ctx; (void)host; (void)address; return answer(); }
static sfsistat noop_helo(SMFICTX *ctx, char *name) { (void)ctx; (void)name; return answer(); }
static sfsistat noop_envfrom(SMFICTX *ctx, char **argv) { (void)ctx; (void)argv; return answer(); }
static sfsistat noop_envrcpt(SMFICTX *ctx, char **argv) { (void)ctx; (void)argv; return answer(); }
static sfsistat noop_header(SMFICTX *ctx, char *name, char *value) { (void)ctx; (void)name; (void)value; return answer(); }
static sfsistat noop_eoh(SMFICTX *ctx) { (void)ctx; return answer(); }
static sfsistat noop_body(SMFICTX *ctx, unsigned char *bytes, size_t length) { (void)ctx; (void)bytes; (void)length; return SMFIS_CONTINUE; }
static sfsistat noop_eom(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }
static sfsistat noop_abort(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }
static sfsistat noop_close(SMFICTX *ctx) { (void)ctx; return SMFIS_CONTINUE; }

int main(int argc, char **argv) {
    if (argc < 2 || argc > 3 || (argc == 3 && strcmp(argv[2], "--skip-replies") != 0)) {
        fprintf(stderr, "usage: %s SOCKET [--skip-replies]\n", argv[0]);
        return 2;
    }
    skip_replies = argc == 3;
    struct smfiDesc description = {
        .xxfi_name = "notifyguard-noop",
        .xxfi_version = SMFI_VERSION,
        .xxfi_flags = 0,
        .xxfi_connect = noop_connect,
        .xxfi_helo = noop_helo,
        .xxfi_envfrom = noop_envfrom,
        .xxfi_envrcpt = noop_envrcpt,
        .xxfi_header = noop_header,
        .xxfi_eom = noop_eom,
        .xxfi_abort = noop_abort,
        .xxfi_close = noop_close,
        .xxfi_body = noop_body,
        .xxfi_eoh = noop_eoh,
        .xxfi_negotiate = noop_negotiate,
    };
    // A unix socket Postfix's unprivileged smtpd and cleanup can connect to (0666) whoever starts us.
    umask(0111);
    if (smfi_setconn(argv[1]) != MI_SUCCESS || smfi_settimeout(60) != MI_SUCCESS || smfi_register(description) != MI_SUCCESS
        || smfi_opensocket(1) != MI_SUCCESS) {
        fprintf(stderr, "notifyguard-noop-milter: cannot listen on %s\n", argv[1]);
        return 1;
    }
    // Lets the harness know the socket is there (it waits for this line, as it does for notifyguard's).
    fprintf(stderr, "notice: started socket=%s\n", argv[1]);
    fflush(stderr);
    int status = smfi_main() == MI_SUCCESS ? 0 : 1;
    fprintf(stderr, "notice: stopped\n");
    return status;
}
