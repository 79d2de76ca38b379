import socket

import pytest

from tests.conftest import NetworkBlocked


def test_opening_a_network_socket_fails_the_test() -> None:
    with pytest.raises(NetworkBlocked):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(NetworkBlocked):
        socket.create_connection(("127.0.0.1", 9))


def test_local_unix_sockets_still_work() -> None:
    a, b = socket.socketpair(socket.AF_UNIX)
    a.sendall(b"x")
    assert b.recv(1) == b"x"
    a.close()
    b.close()
