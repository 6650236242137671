using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bot.Knowledge.Entities;

/// <summary>
/// An array that grows in pieces of at most 64 KB, each under the size at which the GC puts an array on its large-object
/// heap. An entity index of a large store holds hundreds of thousands of entries and key numbers: as one array doubled
/// each time it filled, it left every smaller copy behind on the large-object heap, which only a full collection frees
/// (measured on the bench corpus: 24 MB of such copies for indexes that keep 8 MB, while answering's snapshots were built).
/// Growing here copies nothing but the first piece while it is still small, so a small index stays small.
/// </summary>
/// <remarks>The caller counts what it has stored; this only makes room for it (<see cref="Grow"/>).</remarks>
internal sealed class Segments<T>
{
    static readonly int Shift = BitOperations.Log2((uint)(64 * 1024 / Unsafe.SizeOf<T>()));
    static readonly int Size = 1 << Shift;
    static readonly int Mask = Size - 1;

    T[][] _pieces = [];
    // Pieces in use, every one full size but the last, and the elements they hold.
    int _used, _capacity;

    /// <summary>The element at <paramref name="index"/>, which must be under a count <see cref="Grow"/> made room for.</summary>
    public ref T this[int index] => ref _pieces[index >> Shift][index & Mask];

    /// <summary>Makes room for <paramref name="count"/> elements, those new to the array set to <paramref name="fill"/>.</summary>
    public void Grow(int count, T fill = default!)
    {
        if (count <= _capacity) return;
        // A short last piece grows first: the first one doubles like a list until it is full size (a small index stays
        // small); one that trimming shortened is made full size again.
        if (_used > 0 && _pieces[_used - 1] is { } last && last.Length < Size)
        {
            var needed = count - ((_used - 1) << Shift);
            var size = _used == 1 ? Math.Min(Size, Math.Max(Math.Max(16, last.Length * 2), needed)) : Size;
            var grown = new T[size];
            last.CopyTo(grown, 0);
            grown.AsSpan(last.Length).Fill(fill);
            _pieces[_used - 1] = grown;
            _capacity += size - last.Length;
        }
        while (_capacity < count)
        {
            var piece = new T[_used == 0 ? Math.Min(Size, Math.Max(16, count)) : Size];
            piece.AsSpan().Fill(fill);
            if (_used == _pieces.Length) Array.Resize(ref _pieces, Math.Max(4, _pieces.Length * 2));
            _pieces[_used++] = piece;
            _capacity += piece.Length;
        }
    }

    /// <summary>
    /// Where a run of <paramref name="length"/> elements read as one span can start at or after <paramref name="at"/>: at
    /// it, or at the start of the next piece when the run would cross into it. Room is made for the run.
    /// </summary>
    public int RunStart(int at, int length)
    {
        if (length > Size) throw new ArgumentOutOfRangeException(nameof(length), length, $"a run is at most {Size} elements");
        var start = (at & Mask) + length > Size ? (at | Mask) + 1 : at;
        Grow(start + length);
        return start;
    }

    /// <summary>A run that <see cref="RunStart"/> placed.</summary>
    public Span<T> Run(int start, int length) => _pieces[start >> Shift].AsSpan(start & Mask, length);

    /// <summary>Gives back the room past <paramref name="count"/> elements: for an array nothing will be added to for now.</summary>
    public void Trim(int count)
    {
        _used = count == 0 ? 0 : ((count - 1) >> Shift) + 1;
        Array.Resize(ref _pieces, _used);
        if (_used > 0) Array.Resize(ref _pieces[_used - 1], count - ((_used - 1) << Shift));
        _capacity = count;
    }
}
