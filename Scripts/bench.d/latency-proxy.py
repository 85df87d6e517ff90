#!/usr/bin/env python3
"""Adds a one-way delay to TCP and UDP traffic on loopback, for benchmarks on machines without tc/netem.

    latency-proxy.py --delay 0.025 --listen 127.0.0.50 --tcp 587=127.0.0.1:10587 --udp 53=127.0.0.1:10054

Every chunk, in each direction, is delivered `delay` seconds after it arrived, in order; a new TCP connection
waits one round trip before the first byte flows (the handshake a real network would cost). With --delay 0.025
each request/response exchange costs 50 ms, as over a 50 ms-RTT link.
"""
import argparse, asyncio, signal


async def pipe(reader, writer, delay):
    queue = asyncio.Queue()

    async def pump():
        while True:
            due, data = await queue.get()
            await asyncio.sleep(max(0, due - loop.time()))
            if data is None:
                try:
                    writer.write_eof()
                except (OSError, RuntimeError):
                    pass
                return
            writer.write(data)
            try:
                await writer.drain()
            except ConnectionError:
                return

    loop = asyncio.get_running_loop()
    task = asyncio.create_task(pump())
    try:
        while True:
            data = await reader.read(65536)
            await queue.put((loop.time() + delay, data or None))
            if not data:
                break
    except ConnectionError:
        await queue.put((loop.time() + delay, None))
    await task


def tcp_handler(target_host, target_port, delay):
    async def handle(reader, writer):
        await asyncio.sleep(2 * delay)
        try:
            up_reader, up_writer = await asyncio.open_connection(target_host, target_port)
        except OSError:
            writer.close()
            return
        await asyncio.gather(pipe(reader, up_writer, delay), pipe(up_reader, writer, delay), return_exceptions=True)
        for w in (writer, up_writer):
            w.close()
    return handle


class UDPProxy(asyncio.DatagramProtocol):
    def __init__(self, target, delay):
        self.target, self.delay = target, delay

    def connection_made(self, transport):
        self.transport = transport

    def datagram_received(self, data, client):
        asyncio.get_running_loop().call_later(self.delay, lambda: asyncio.ensure_future(self.forward(data, client)))

    async def forward(self, data, client):
        loop = asyncio.get_running_loop()
        answered = loop.create_future()

        class Upstream(asyncio.DatagramProtocol):
            def datagram_received(self, reply, _):
                if not answered.done():
                    answered.set_result(reply)

        transport, _ = await loop.create_datagram_endpoint(Upstream, remote_addr=self.target)
        transport.sendto(data)
        try:
            reply = await asyncio.wait_for(answered, 5)
            loop.call_later(self.delay, self.transport.sendto, reply, client)
        except asyncio.TimeoutError:
            pass
        finally:
            transport.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--delay", type=float, default=0.025)
    parser.add_argument("--listen", default="127.0.0.50")
    parser.add_argument("--tcp", action="append", default=[])
    parser.add_argument("--udp", action="append", default=[])
    args = parser.parse_args()
    loop = asyncio.get_running_loop()
    servers = []
    for spec in args.tcp:
        port, target = spec.split("=")
        host, target_port = target.rsplit(":", 1)
        servers.append(await asyncio.start_server(tcp_handler(host, int(target_port), args.delay), args.listen, int(port)))
    for spec in args.udp:
        port, target = spec.split("=")
        host, target_port = target.rsplit(":", 1)
        await loop.create_datagram_endpoint(lambda: UDPProxy((host, int(target_port)), args.delay), local_addr=(args.listen, int(port)))
    stop = loop.create_future()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set_result, None)
    print("ready", flush=True)
    await stop


asyncio.run(main())
