from os import path
from . import a
from .. import b as c
from .mod import (d, e as f,)
from ...pkg.sub import g
from .... import h
from m import *
