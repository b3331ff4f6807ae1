package serve

import (
	"crypto/rand"
	"crypto/rsa"
	"encoding/pem"
	"os"
	"path/filepath"
	"strings"
	"testing"

	gossh "golang.org/x/crypto/ssh"
)

// A missing key is created: ed25519, mode 0600, in a new directory of
// mode 0700; loading it again gives the same key.
func TestHostKeyCreated(t *testing.T) {
	t.Parallel()
	dir := filepath.Join(t.TempDir(), "state", "dealtui")
	path := filepath.Join(dir, hostKeyName)
	a, created, err := loadHostKey(path)
	if err != nil || !created {
		t.Fatalf("created %v, %v", created, err)
	}
	if a.PublicKey().Type() != gossh.KeyAlgoED25519 {
		t.Errorf("a %s key", a.PublicKey().Type())
	}
	for p, want := range map[string]os.FileMode{path: 0o600, dir: 0o700} {
		if info, err := os.Stat(p); err != nil || info.Mode().Perm() != want {
			t.Errorf("%s: mode %v, %v; want %04o", p, info.Mode().Perm(), err, want)
		}
	}
	b, created, err := loadHostKey(path)
	if err != nil || created || gossh.FingerprintSHA256(a.PublicKey()) != gossh.FingerprintSHA256(b.PublicKey()) {
		t.Fatalf("loading again: created %v, %v, same key %v", created, err, err == nil && gossh.FingerprintSHA256(a.PublicKey()) == gossh.FingerprintSHA256(b.PublicKey()))
	}
}

// The directory of a key given in an existing directory is left as it is
// (wish's own key helper would make it 0700: the working directory, /tmp).
func TestHostKeyLeavesAnExistingDirectoryAlone(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, _, err := loadHostKey(filepath.Join(dir, "key")); err != nil {
		t.Fatal(err)
	}
	if info, _ := os.Stat(dir); info.Mode().Perm() != 0o755 {
		t.Errorf("the directory became %04o", info.Mode().Perm())
	}
}

// Keys that cannot be used are refused with the path and what is wrong.
func TestHostKeyRefused(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	write := func(name string, data []byte, mode os.FileMode) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, mode); err != nil {
			t.Fatal(err)
		}
		if err := os.Chmod(p, mode); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := filepath.Join(dir, "good")
	if _, _, err := loadHostKey(good); err != nil {
		t.Fatal(err)
	}
	goodPEM, _ := os.ReadFile(good)
	rsaKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		t.Fatal(err)
	}
	block, err := gossh.MarshalPrivateKey(rsaKey, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ path, want string }{
		{write("open", goodPEM, 0o644), "mode 0644 lets others read it; run: chmod 600"},
		{write("rsa", pem.EncodeToMemory(block), 0o600), "a ssh-rsa key; want ed25519"},
		{write("junk", []byte("not a key\n"), 0o600), "not an OpenSSH private key"},
		{filepath.Join(write("file", nil, 0o600), "key"), "not a directory"},
	} {
		_, _, err := loadHostKey(c.path)
		if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), c.path) {
			t.Errorf("%s: %v; want the path and %q", c.path, err, c.want)
		}
	}
}

// The default key path is in the state directory systemd gives, else
// XDG's, else under the home directory; never relative.
func TestDefaultHostKeyPath(t *testing.T) {
	t.Parallel()
	env := func(kv map[string]string) func(string) string { return func(k string) string { return kv[k] } }
	for _, c := range []struct {
		env  map[string]string
		want string
	}{
		{map[string]string{"STATE_DIRECTORY": "/var/lib/dealtui:/var/lib/other", "HOME": "/home/a"}, "/var/lib/dealtui/" + hostKeyName},
		{map[string]string{"XDG_STATE_HOME": "/x/state", "HOME": "/home/a"}, "/x/state/dealtui/" + hostKeyName},
		{map[string]string{"XDG_STATE_HOME": "relative", "HOME": "/home/a"}, "/home/a/.local/state/dealtui/" + hostKeyName},
		{map[string]string{"HOME": "/home/a"}, "/home/a/.local/state/dealtui/" + hostKeyName},
		{map[string]string{"HOME": "."}, ""},
		{map[string]string{}, ""},
	} {
		got, err := DefaultHostKeyPath(env(c.env))
		if got != c.want || (c.want == "") != (err != nil) {
			t.Errorf("%v: %q, %v; want %q", c.env, got, err, c.want)
		}
	}
}

// Replicas that share a state directory and start together end up with
// one key.
func TestHostKeyCreatedOnceByManyAtOnce(t *testing.T) {
	t.Parallel()
	path := filepath.Join(t.TempDir(), "state", hostKeyName)
	prints := make(chan string, 8)
	for range 8 {
		go func() {
			k, _, err := loadHostKey(path)
			if err != nil {
				prints <- err.Error()
				return
			}
			prints <- gossh.FingerprintSHA256(k.PublicKey())
		}()
	}
	first := <-prints
	for range 7 {
		if p := <-prints; p != first {
			t.Fatalf("%s and %s", first, p)
		}
	}
	entries, _ := os.ReadDir(filepath.Dir(path))
	if len(entries) != 1 {
		t.Errorf("the directory holds %d files, want the key alone", len(entries))
	}
}
