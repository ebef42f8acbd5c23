/* bcryptprimitives.dll for Wine prefixes that lack it (Wine 8.0): Go 1.26 programs call
 * ProcessPrng at start-up. Windows 10 and later ship the real DLL; this one is only built
 * into the throw-away prefix of the Windows tests. It fills the buffer from RtlGenRandom
 * (advapi32's SystemFunction036), which takes at most 4 GiB - 1 bytes a call. */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

__declspec(dllexport) BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    while (length > 0) {
        ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, n))
            return FALSE;
        data += n;
        length -= n;
    }
    return TRUE;
}
