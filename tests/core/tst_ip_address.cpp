// The settings' IP address checks (common/IpAddress.h) say what Qt Network's QHostAddress says
// (which they replaced, so that the window starts without Qt Network) for every form a site writes
// and every malformed one we could think of.
#include "common/IpAddress.h"

#include <QHostAddress>
#include <QTest>

using namespace pacsdrop;

class TestIpAddress : public QObject {
    Q_OBJECT

private slots:
    void sameAsQHostAddress_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"127.0.0.1", "10.1.2.3", "0.0.0.0", "255.255.255.255", "192.168.1.256", "1.2.3", "127.1", "1.2.3.4.5",
                              "01.2.3.4", "0x7f.0.0.1", "1.2.3.4 ", " 1.2.3.4", "1.2.3.4x", "", "localhost", "pacs.hospital.org", "-1.2.3.4",
                              "::1", "::", "fe80::1", "fe80::1%eth0", "2001:db8::8a2e:370:7334", "::ffff:127.0.0.1", "::ffff:10.0.0.1",
                              "2001:db8:::1", "gggg::1", "1:2:3:4:5:6:7:8", "1:2:3:4:5:6:7:8:9", "[::1]", "127.255.255.254", "128.0.0.1",
                              "127.0.0.1\tjunk", "127.0.0.1\njunk", "127.0.0.1\vjunk", "127.0.0.1 junk", "0.0.0.0\t10.0.0.1", "4294967295",
                              "0x0a.0.0.1", "1.2.3.", "fe80::1%eth0 x"})
            QTest::newRow(*t ? t : "(empty)") << QString::fromLatin1(t);
    }
    void sameAsQHostAddress()
    {
        QFETCH(QString, text);
        const QHostAddress qt(text);
        QCOMPARE(isIpAddress(text), !qt.isNull());
        QCOMPARE(isLoopbackAddress(text), !qt.isNull() && qt.isLoopback());
    }

    void subnetsSameAsQHostAddress_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *t : {"10.1.2.0/24", "10.0.0.0/8", "0.0.0.0/0", "10.1.2.3/32", "10.1.2.0/33", "10.1.2.0/-1", "10.1.2.0/",
                              "/24", "10.1.2.0/255.255.255.0", "10.1.2.0/255.0.255.0", "10.0.0.0/255.0.0.0", "fd00::/8", "::/0", "fd00::/129",
                              "fd00::/ff00::", "10.1.2.0", "x/24", "10.1.2.0/24/1", "10.1.2.0/2a", "10.1.2.0/ 24",
                              "10.1.2./24", "10.1./16", "0x0a.0.0.0/8", "4294967295/32", "10.1.2.0\t/24", "10.1.2.0/24\tjunk"})
            QTest::newRow(t) << QString::fromLatin1(t);
    }
    void subnetsSameAsQHostAddress()
    {
        QFETCH(QString, text);
        if (text.startsWith(u'/')) { // Qt reads "/24" as some subnet; an allow list entry without an address is a mistake
            QVERIFY(!isSubnet(text));
            return;
        }
        QCOMPARE(isSubnet(text), !QHostAddress::parseSubnet(text).first.isNull());
    }
};

QTEST_GUILESS_MAIN(TestIpAddress)
#include "tst_ip_address.moc"
