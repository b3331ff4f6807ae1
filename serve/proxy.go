package serve

import (
	"errors"
	"fmt"
	"net"
	"net/netip"
	"time"

	"github.com/pires/go-proxyproto"
)

// proxyHeaderTimeout bounds how long a connection may take to show
// whether it starts with a PROXY header.
const proxyHeaderTimeout = 5 * time.Second

// proxyListener reads PROXY protocol (v1 or v2) headers: a connection from
// a trusted source must start with one, and its client address is then
// the connection's remote address, used for limits and logs; a
// connection from anywhere else that sends one is refused (its SSH
// handshake fails), and one that does not is served as it is.
func proxyListener(ln net.Listener, trusted []netip.Prefix) net.Listener {
	return &proxyproto.Listener{
		Listener:          ln,
		ConnPolicy:        proxyPolicy(trusted),
		ReadHeaderTimeout: proxyHeaderTimeout,
	}
}

func proxyPolicy(trusted []netip.Prefix) proxyproto.ConnPolicyFunc {
	return func(o proxyproto.ConnPolicyOptions) (proxyproto.Policy, error) {
		ip := clientAddr(o.Upstream)
		if !ip.IsValid() {
			return proxyproto.REJECT, fmt.Errorf("%w: no address", proxyproto.ErrInvalidUpstream)
		}
		for _, p := range trusted {
			if p.Contains(ip) {
				return proxyproto.REQUIRE, nil
			}
		}
		return proxyproto.REJECT, nil
	}
}

// isProxyRefusal tells whether a connection failed over its PROXY header:
// one sent by an untrusted source, or one a trusted source did not send
// or sent wrong.
func isProxyRefusal(err error) bool {
	return errors.Is(err, proxyproto.ErrSuperfluousProxyHeader) ||
		errors.Is(err, proxyproto.ErrNoProxyProtocol) ||
		errors.Is(err, proxyproto.ErrCantReadVersion1Header) ||
		errors.Is(err, proxyproto.ErrCantReadProtocolVersionAndCommand) ||
		errors.Is(err, proxyproto.ErrInvalidAddress)
}
