# The asyncio package: CPython 3.11's public names, on yieldscope's event loop
# core with a virtual clock (time passes only when the loop has nothing ready).
import asyncio.exceptions
import asyncio.coroutines
import asyncio.events
import asyncio.futures
import asyncio.tasks
import asyncio.base_events
import asyncio.selector_events
import asyncio.unix_events
import asyncio.runners
import asyncio.threads
import asyncio.mixins
import asyncio.locks
import asyncio.queues
import asyncio.timeouts
import asyncio.taskgroups

from asyncio.exceptions import *
from asyncio.coroutines import *
from asyncio.events import *
from asyncio.futures import *
from asyncio.tasks import *
from asyncio.base_events import *
from asyncio.runners import *
from asyncio.unix_events import *
from asyncio.threads import *
from asyncio.locks import *
from asyncio.queues import *
from asyncio.timeouts import *
from asyncio.taskgroups import *
