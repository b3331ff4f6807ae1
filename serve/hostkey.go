package serve

import (
	"crypto/ed25519"
	"crypto/rand"
	"encoding/pem"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	gossh "golang.org/x/crypto/ssh"
)

// hostKeyName is the host key's file name in the state directory.
const hostKeyName = "ssh_host_ed25519_key"

// DefaultHostKeyPath is where the host key is kept when --host-key is not
// given: in the state directory systemd gives the service
// ($STATE_DIRECTORY), else $XDG_STATE_HOME/dealtui, else
// ~/.local/state/dealtui. Never the working directory.
func DefaultHostKeyPath(getenv func(string) string) (string, error) {
	if d := getenv("STATE_DIRECTORY"); d != "" {
		first, _, _ := strings.Cut(d, ":") // systemd lists one per StateDirectory
		return filepath.Join(first, hostKeyName), nil
	}
	if d := getenv("XDG_STATE_HOME"); filepath.IsAbs(d) {
		return filepath.Join(d, "dealtui", hostKeyName), nil
	}
	if home := getenv("HOME"); filepath.IsAbs(home) {
		return filepath.Join(home, ".local", "state", "dealtui", hostKeyName), nil
	}
	return "", errors.New("no state directory: set $HOME, $XDG_STATE_HOME or $STATE_DIRECTORY, or give --host-key PATH")
}

// loadHostKey reads the ed25519 host key at path, first creating it (mode
// 0600, its directory 0700 if missing) when there is none. A key others
// can read, or one of another type, is refused.
func loadHostKey(path string) (gossh.Signer, bool, error) {
	created := false
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		if data, err = createHostKey(path); err != nil {
			return nil, false, fmt.Errorf("--host-key %s: %w", path, err)
		}
		created = true
	} else if err != nil {
		return nil, false, fmt.Errorf("--host-key %s: %w", path, bare(err))
	}
	if err := checkPrivate(path); err != nil {
		return nil, false, err
	}
	signer, err := gossh.ParsePrivateKey(data)
	if err != nil {
		return nil, false, fmt.Errorf("--host-key %s: not an OpenSSH private key: %v", path, err)
	}
	if t := signer.PublicKey().Type(); t != gossh.KeyAlgoED25519 {
		return nil, false, fmt.Errorf("--host-key %s: a %s key; want ed25519", path, t)
	}
	return signer, created, nil
}

// checkPrivate refuses a key file that its group or others can read or
// write, as sshd does.
func checkPrivate(path string) error {
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("--host-key %s: %w", path, bare(err))
	}
	if perm := info.Mode().Perm(); perm&0o077 != 0 {
		return fmt.Errorf("--host-key %s: mode %04o lets others read it; run: chmod 600 %s", path, perm, path)
	}
	return nil
}

// createHostKey writes a new ed25519 key in OpenSSH form. It is written
// to a temporary file, then linked into place, which fails rather than
// replacing a key that appeared meanwhile: replicas sharing a state
// directory and starting together all end up with the one key that was
// linked first.
func createHostKey(path string) ([]byte, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, bare(err)
	}
	_, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return nil, err
	}
	block, err := gossh.MarshalPrivateKey(priv, "dealtui host key")
	if err != nil {
		return nil, err
	}
	data := pem.EncodeToMemory(block)
	f, err := os.CreateTemp(dir, ".host-key-*") // mode 0600
	if err != nil {
		return nil, bare(err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, err
	}
	if err := os.Link(f.Name(), path); errors.Is(err, fs.ErrExist) {
		return os.ReadFile(path) // another replica made it first
	} else if err != nil {
		return nil, bare(err)
	}
	return data, nil
}

// bare is the error of a *fs.PathError without the path, which the
// message names already; any other error as it is.
func bare(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
