using System.Text;
using System.Xml;

namespace OpenGov.Web.Features.Feeds;

/// <summary>Writes an Atom 1.0 document (RFC 4287); XmlWriter escapes every text node.</summary>
public static class AtomWriter
{
    public const string ContentType = "application/atom+xml; charset=utf-8";
    private const string Atom = "http://www.w3.org/2005/Atom";

    public static byte[] Write(string title, string selfUrl, string alternateUrl, string authorName, IReadOnlyList<FeedEntry> entries, DateTime emptyUpdated)
    {
        using var stream = new MemoryStream();
        var settings = new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, CheckCharacters = true };
        using (var xml = XmlWriter.Create(stream, settings))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", Atom);
            xml.WriteElementString("id", Atom, selfUrl);
            WriteText(xml, "title", title);
            xml.WriteElementString("updated", Atom, Timestamp(entries.Count > 0 ? entries.Max(e => e.Updated) : emptyUpdated));
            WriteLink(xml, "self", selfUrl, ContentType.Split(';')[0]);
            WriteLink(xml, "alternate", alternateUrl, "text/html");
            xml.WriteStartElement("author", Atom);
            xml.WriteElementString("name", Atom, authorName);
            xml.WriteEndElement();
            foreach (var entry in entries)
            {
                xml.WriteStartElement("entry", Atom);
                xml.WriteElementString("id", Atom, entry.Id);
                WriteText(xml, "title", entry.Title);
                xml.WriteElementString("updated", Atom, Timestamp(entry.Updated));
                WriteLink(xml, "alternate", entry.Url, "text/html");
                if (entry.Author is not null)
                {
                    xml.WriteStartElement("author", Atom);
                    xml.WriteElementString("name", Atom, entry.Author);
                    xml.WriteEndElement();
                }

                WriteText(xml, "summary", entry.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return stream.ToArray();
    }

    private static void WriteText(XmlWriter xml, string name, string text)
    {
        xml.WriteStartElement(name, Atom);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string href, string type)
    {
        xml.WriteStartElement("link", Atom);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }

    /// <summary>Control characters are not allowed in XML 1.0; a pasted one must not break the whole feed.</summary>
    private static string Clean(string text) =>
        new(text.Where(c => c is '\n' or '\r' or '\t' || !char.IsControl(c)).ToArray());

    private static string Timestamp(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
