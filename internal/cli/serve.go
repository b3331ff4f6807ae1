package cli

import (
	"io"
	"log/slog"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	charmlog "charm.land/log/v2"
	"github.com/spf13/cobra"

	"github.com/dealtui/dealtui/model"
	"github.com/dealtui/dealtui/serve"
)

// serveFlags are the flags of dealtui serve.
type serveFlags struct {
	listen      string
	hostKey     string
	maxSessions int
	perIP       int
	rate        float64
	idleTimeout time.Duration
	maxSession  time.Duration
	proxy       string
	metrics     string
	drain       time.Duration
	logFormat   string

	maxConns         int
	maxConnsSet      bool // given on the command line: refuse to start rather than lower it
	perIPConns       int
	maxStartups      string
	handshakeTimeout time.Duration
	noSessionTimeout time.Duration
	maxChannels      int
	maxCells         int
}

func newServeCmd(stderr io.Writer, o *options) *cobra.Command {
	var f serveFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the explorer over SSH, to anyone with an SSH client",
		Long: "serve runs an SSH server: each client with a terminal gets its own explorer " +
			"(ssh -p 2222 HOST); without a terminal it gets the story as text " +
			"(ssh -p 2222 HOST > story.txt); the command print [--format F] [--width N] " +
			"is answered like dealtui print. The story is in the client's language " +
			"(LANG, LC_*) or the one it names (ssh -t -p 2222 HOST ja); " +
			"ssh -t -p 2222 HOST accessible, or ACCESSIBLE set in the client's environment, " +
			"gives the accessible mode, line by line for screen readers; ssh -t -p 2222 HOST tour " +
			"starts in the guided tour. Clients need no key or password and can " +
			"do nothing else: no shell, files, forwarding or environment of the server.\n\n" +
			"SIGTERM or SIGINT drains: no new sessions, open ones are told the server is " +
			"restarting and get --drain to finish, then the server exits 0.",
		Example: "  dealtui serve\n  ssh -p 2222 localhost\n  ssh -t -p 2222 localhost accessible ja\n  ssh -t -p 2222 localhost tour\n" +
			"  dealtui serve --listen 0.0.0.0:2222 --metrics 127.0.0.1:9222\n" +
			"  dealtui serve --listen 127.0.0.1:2301 --proxy-protocol 127.0.0.1 \\\n      --metrics 127.0.0.1:9301",
		Args: cobra.ArbitraryArgs, // checked in RunE, so the error is ours to report
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := noArgs(cmd, args); err != nil {
				return err
			}
			logger, err := newServeLogger(stderr, f.logFormat)
			if err != nil {
				return err
			}
			f.maxConnsSet = cmd.Flags().Changed("max-conns")
			stories, err := serveStories(cmd, o)
			if err != nil {
				return err
			}
			cfg, err := f.config(stories, logger)
			if err != nil {
				return err
			}
			ctx, stop := signal.NotifyContext(cmd.Context(), syscall.SIGTERM, syscall.SIGINT)
			defer stop()
			go func() {
				<-ctx.Done()
				stop() // a second signal ends the process at once
			}()
			setServerGCPercent()
			return serve.Run(ctx, cfg, serve.Listen{SSH: f.listen, Metrics: f.metrics, Drain: f.drain})
		},
	}
	cmd.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	fl := cmd.Flags()
	fl.StringVar(&f.listen, "listen", serve.DefaultListen, "listen for SSH on ADDR (0.0.0.0:2222 to take clients from anywhere)")
	fl.StringVar(&f.hostKey, "host-key", "", "the ed25519 host key, created (mode 0600) when missing (default: ssh_host_ed25519_key in $STATE_DIRECTORY, else in $XDG_STATE_HOME/dealtui, else in ~/.local/state/dealtui)")
	fl.IntVar(&f.maxSessions, "max-sessions", serve.DefaultMaxSessions, "open sessions at most, in all")
	fl.IntVar(&f.perIP, "per-ip", serve.DefaultPerIP, "open sessions at most per client address")
	fl.Float64Var(&f.rate, "rate", serve.DefaultRate, "new sessions per second per client address, after a burst of 5 (0: no limit)")
	fl.DurationVar(&f.idleTimeout, "idle-timeout", serve.DefaultIdleTimeout, "close a session this long after its last key press")
	fl.DurationVar(&f.maxSession, "max-session", serve.DefaultMaxSession, "close a session, and its connection, this long after the connection began")
	fl.StringVar(&f.proxy, "proxy-protocol", "", "take PROXY protocol v1/v2 headers from these sources only (a load balancer); they must send one")
	fl.StringVar(&f.metrics, "metrics", "", "serve Prometheus /metrics and /healthz on ADDR (e.g. 127.0.0.1:9222; default off)")
	fl.DurationVar(&f.drain, "drain", serve.DefaultDrain, "on SIGTERM or SIGINT, give open sessions this long to end")
	fl.StringVar(&f.logFormat, "log-format", "text", "log to standard error in this format")
	for name, value := range map[string]string{
		"listen": "ADDR", "host-key": "PATH", "max-sessions": "N", "per-ip": "N", "rate": "RATE",
		"idle-timeout": "DURATION", "max-session": "DURATION", "proxy-protocol": "CIDR[,CIDR…]",
		"metrics": "ADDR", "drain": "DURATION", "log-format": "text|json",
	} {
		valueFlag(fl, name, value)
	}
	connFlags(cmd, &f)
	return cmd
}

// config checks the flags and makes the server's configuration.
func (f serveFlags) config(stories servedStories, logger *slog.Logger) (serve.Config, error) {
	cfg := serve.NewConfig(stories.fallback)
	cfg.Editions = stories.all
	cfg.Logger = logger
	cfg.Command = RemoteCommand(stories.all)
	cfg.MaxSessions, cfg.PerIP, cfg.Rate = f.maxSessions, f.perIP, f.rate
	cfg.IdleTimeout, cfg.MaxSession = f.idleTimeout, f.maxSession
	if err := f.connConfig(&cfg); err != nil {
		return cfg, err
	}
	if f.drain < 0 {
		return cfg, usagef("--drain %s: want 0 or more", f.drain)
	}
	trusted, err := serve.ParseTrusted(f.proxy)
	if err != nil {
		return cfg, usagef("--proxy-protocol: %v", err)
	}
	cfg.TrustedProxies = trusted
	cfg.HostKeyPath = f.hostKey
	if cfg.HostKeyPath == "" {
		if cfg.HostKeyPath, err = serve.DefaultHostKeyPath(os.Getenv); err != nil {
			return cfg, usagef("%v", err)
		}
	}
	if err := cfg.Check(); err != nil {
		return cfg, usageError{err}
	}
	return cfg, nil
}

// newServeLogger logs to w as text or JSON, and makes the SSH libraries'
// own logs (log/slog's and charm's default loggers) go the same way.
func newServeLogger(w io.Writer, format string) (*slog.Logger, error) {
	var h slog.Handler
	switch format {
	case "text":
		h = slog.NewTextHandler(w, nil)
		charmlog.SetFormatter(charmlog.LogfmtFormatter)
	case "json":
		h = slog.NewJSONHandler(w, nil)
		charmlog.SetFormatter(charmlog.JSONFormatter)
	default:
		return nil, usagef("--log-format %q: want text or json", format)
	}
	charmlog.SetOutput(w)
	logger := slog.New(h)
	slog.SetDefault(logger)
	return logger, nil
}

// serverGCPercent is the GC target of a server process, unless $GOGC says
// otherwise. Each open session holds about 1.5 MiB live (most of it the
// cells of Bubble Tea's screen buffers); with Go's default, 100, the heap
// grows to twice the live heap between collections, with 50 to one and a
// half times: measured with scripts/loadtest (300 readers, two runs of
// each, alternated), heap in use 1.7 MiB a session instead of 1.8–2.3, RSS
// 2.3 MiB instead of 2.8–3.0, and no more server CPU within the noise of
// a shared machine.
const serverGCPercent = 50

func setServerGCPercent() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(serverGCPercent)
	}
}

// servedStories are what a server serves: the story in every language it
// has, and the one for a client that sends no locale.
type servedStories struct {
	all      map[model.Lang]*model.Story
	fallback *model.Story
}

// serveStories loads the built-in story in each language, the one --lang
// names (English for auto: a server's own locale is not its clients') as
// the fallback; or the one pack --content names, in its language.
func serveStories(cmd *cobra.Command, o *options) (servedStories, error) {
	if o.contentDir != "" || cmd.Flags().Changed("content") {
		s, err := loadStory(cmd, o.contentDir, o.lang)
		if err != nil {
			return servedStories{}, err
		}
		return servedStories{map[model.Lang]*model.Story{s.Lang: s}, s}, nil
	}
	out := servedStories{all: map[model.Lang]*model.Story{}}
	for _, l := range model.Langs() {
		s, err := builtinStory(l)
		if err != nil {
			return out, err
		}
		out.all[l] = s
	}
	out.fallback = out.all[model.English]
	if l, err := model.ParseLang(o.lang); err == nil {
		out.fallback = out.all[l]
	}
	return out, nil
}
