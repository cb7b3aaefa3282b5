// Command reemploi-ferretdb runs FerretDB v1.24 with its SQLite backend as the
// embedded database of Réemploi for development, tests and CI.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"os"
	"os/signal"
	"path/filepath"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	dataDir := flag.String("data-dir", ".data/ferretdb", "directory where SQLite files are kept")
	listen := flag.String("listen", "127.0.0.1:0", "TCP address to listen on (port 0 picks a free port)")
	portFile := flag.String("port-file", "", "file to write the chosen port to once listening")
	watchStdin := flag.Bool("exit-on-stdin-eof", false, "stop when standard input closes (the parent process died)")
	flag.Parse()

	abs, err := filepath.Abs(*dataDir)
	if err != nil {
		log.Fatalf("data dir: %v", err)
	}
	if err := os.MkdirAll(abs, 0o755); err != nil {
		log.Fatalf("data dir: %v", err)
	}

	// FerretDB's embeddable API takes a fixed address, so resolve port 0 to a free port first.
	addr := *listen
	host, port, err := net.SplitHostPort(addr)
	if err != nil {
		log.Fatalf("listen address: %v", err)
	}
	if port == "0" {
		l, err := net.Listen("tcp", net.JoinHostPort(host, "0"))
		if err != nil {
			log.Fatalf("pick port: %v", err)
		}
		addr = l.Addr().String()
		_ = l.Close()
	}

	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Handler:   "sqlite",
		SQLiteURL: "file:" + abs + "/",
	})
	if err != nil {
		log.Fatalf("ferretdb: %v", err)
	}

	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()

	if *watchStdin {
		// The parent holds our stdin open; EOF means it is gone, so never outlive it as an orphan.
		go func() {
			_, _ = io.Copy(io.Discard, os.Stdin)
			stop()
		}()
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	_, p, _ := net.SplitHostPort(addr)
	if *portFile != "" {
		if err := os.WriteFile(*portFile, []byte(p+"\n"), 0o644); err != nil {
			log.Fatalf("port file: %v", err)
		}
	}
	fmt.Printf("ferretdb listening on %s data=%s\n", addr, abs)

	if err := <-done; err != nil && ctx.Err() == nil {
		log.Fatalf("ferretdb stopped: %v", err)
	}
}
