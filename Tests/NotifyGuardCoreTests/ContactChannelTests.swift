import Testing

@testable import NotifyGuardCore

/// Contact channels in field texts, in every notation the issue names, and the texts that must stay clean.
@Suite struct ContactChannelTests {
    static func channels(_ text: String) -> [ContactChannel] {
        ContactChannelScanner.channels(in: text, extractor: LinkExtractor(psl: SuffixList.installed, maxLinks: 16))
    }

    @Test(arguments: [
        ("Call +1 (888) 555-0199 now", "+18885550199"),
        ("Billing dept 1-888-555-0199", "18885550199"),
        ("Support ＋１ ８８８ ５５５ ０１９９", "+18885550199"),
        ("Hotline 1-8OO-555-O199", "18005550199"),
        ("Call 1-800-FLOWERS today", "18003569377"),
        ("one eight eight eight five five five zero one nine nine", "18885550199"),
        ("uno otto otto otto cinque cinque cinque zero uno nove nove", "18885550199"),
        ("один восемь восемь восемь пять пять пять ноль один девять девять", "18885550199"),
        ("Appelez le +33 1 23\n45 67 89", "+33123456789"),
        ("Kontakt: +49 30 901820", "+4930901820"),
        ("هاتف: ٠٥٠١٢٣٤٥٦٧٨", "05012345678"),
        ("Tel 0\u{FE0F}\u{20E3}9\u{FE0F}\u{20E3}1\u{FE0F}\u{20E3}7\u{FE0F}\u{20E3} 555 0138", "09175550138"),
        ("फ़ोन +९१ ७०५५५ ०१४३०", "+917055501430"),
    ])
    func phoneInAnyNotation(text: String, number: String) {
        #expect(Self.channels(text).contains(ContactChannel(kind: .phone, value: number)), "\(Self.channels(text))")
    }

    @Test(arguments: [
        "Meeting ID: 812 3456 7890",
        "Invoice 2024-000123456",
        "Team offsite 2024-12-07 10:00",
        "Schedule 07/12/2024 10 am",
        "Contoso Ltd",
        "Order #1234567890123",
        "Fabrikam 365 Trial",
    ])
    func noPhoneInIdentifiersAndDates(text: String) {
        #expect(!Self.channels(text).contains { $0.kind == .phone }, "\(Self.channels(text))")
    }

    @Test(arguments: [
        ("Message us on WhatsApp +1 888 555 0199", "whatsapp:+18885550199"),
        ("Telegram: @refund_desk", "telegram:@refund_desk"),
        ("contact t.me/refunddesk", "telegram:refunddesk"),
        ("Add LINE ID: shop8899", "line:shop8899"),
        ("WeChat: mall_helper88", "wechat:mall_helper88"),
        ("Viber 0044 7700 900123", "viber:00447700900123"),
        ("Signal: +44 7700 900123", "signal:+447700900123"),
        ("wa.me/18885550199", "whatsapp:18885550199"),
        ("واتساب 0501234567", "whatsapp:0501234567"),
        ("加微信 abc12345", "wechat:abc12345"),
        ("Gọi hoặc Zalo: 0912.555.014", "zalo:0912555014"),
        ("카카오톡 ID: refund77", "kakaotalk:refund77"),
        ("open.kakao.com/o/sRefund77", "kakaotalk:srefund77"),
        ("যোগাযোগ হোয়াটসঅ্যাপে ০১৭৫৫-৫০১৪২৭", "whatsapp:01755501427"),
        ("व्हाट्सएप करें 98765 43210", "whatsapp:9876543210"),
        ("јавите се на Вибер: 064 555 0142", "viber:0645550142"),
        // A name that is also a word needs a marker or a phone number right after it.
        ("Signal 0917 555 0138 o email", "signal:09175550138"),
        // Names in other scripts that only name the app need no marker.
        ("เพิ่มไลน์เจ้าหน้าที่ ID: @rangwan555 หรือโทร", "line:@rangwan555"),
        ("שלחו הודעה בסיגנל למנטור 054-555-0173", "signal:0545550173"),
    ])
    func messengerContacts(text: String, contact: String) {
        #expect(Self.channels(text).contains(ContactChannel(kind: .messenger, value: contact)), "\(Self.channels(text))")
    }

    @Test(arguments: [
        "Signal processing group",
        "Front line support team",
        "Telegram desk (internal)",
        "WhatsApp integration project",
        "Line 2 of the 2026 budget, Signal 4 (dB 12)",
        "Production line 12 went live",
        "Support Line 1-855-555-0134",
    ])
    func messengerWordsAloneAreNotContacts(text: String) {
        #expect(!Self.channels(text).contains { $0.kind == .messenger }, "\(Self.channels(text))")
    }

    @Test(arguments: [
        ("Visit secure-refund-center.com", ContactChannel(kind: .link, value: "secure-refund-center.com")),
        ("Visit refund-help[.]com", ContactChannel(kind: .link, value: "refund-help.com")),
        ("Visit refund-help . com today", ContactChannel(kind: .link, value: "refund-help.com")),
        ("Write to billing.desk@example.net", ContactChannel(kind: .email, value: "billing.desk@example.net")),
        ("Scan the QR code to claim", ContactChannel(kind: .qrCode, value: "qr")),
        ("请扫描二维码", ContactChannel(kind: .qrCode, value: "qr")),
        ("QR-Code scannen", ContactChannel(kind: .qrCode, value: "qr")),
        ("ΔΩΡΟ 5.000 USDT → e t h - d i p l o . t o p", ContactChannel(kind: .link, value: "eth-diplo.top")),
    ])
    func linksAddressesAndQRCodes(text: String, channel: ContactChannel) {
        #expect(Self.channels(text).contains(channel), "\(Self.channels(text))")
    }

    @Test(arguments: ["Contoso Ltd.", "株式会社サンプル", "شركة المثال", "Công ty TNHH Ví Dụ", "Aqrab Trading", "北京示例科技有限公司",
        "J. R. R. Tolkien Society", "Rows a b c d e f g h", "Grades A - B - C . D"])
    func plainNamesCarryNoChannel(text: String) {
        #expect(Self.channels(text).isEmpty, "\(Self.channels(text))")
    }

    @Test func moneyAmounts() {
        #expect(FieldText.moneyAmounts(in: "Order of $499.99 approved") == ["$499.99"])
        #expect(FieldText.moneyAmounts(in: "Betrag 1.299,00 € abgebucht") == ["1.299,00"])
        #expect(FieldText.moneyAmounts(in: "send 0.5 BTC to double it") == ["0.5"])
        #expect(FieldText.moneyAmounts(in: "Room 101 on floor 3").isEmpty)
    }

    @Test(arguments: [
        ("Your order of Norton 360 for $499.99 was approved. Call us to cancel", true),
        ("Transaction alert! Call billing now", true),
        ("Contoso Ltd", false),
        ("Fabrikam Holdings (Europe) GmbH & Co. KG", false),
        ("您的订单已确认，如需取消请立即致电客服中心处理退款事宜谢谢", true),
        ("北京示例科技有限公司", false),
    ])
    func sentencesWhereANameBelongs(text: String, sentence: Bool) {
        #expect(FieldText.readsAsSentence(text) == sentence)
    }

    @Test func hostileInputStaysBounded() {
        let long = String(repeating: "1-", count: 100_000) + String(repeating: "whatsapp @", count: 10_000)
        let found = Self.channels(long)
        #expect(found.count <= ContactChannelScanner.maxChannels)
    }
}

/// A brand's domain written into someone else's host.
@Suite struct BrandEmbeddingTests {
    @Test(arguments: [
        ("apple.com.id-restore.top", "id-restore.top", "apple.com"),
        ("paypal.com-secure.app", "com-secure.app", "paypal.com"),
        ("www-paypal-com.example.net", "example.net", "paypal.com"),
        ("login.microsoftonline.com.auth-check.xyz", "auth-check.xyz", "microsoftonline.com"),
    ])
    func embeddedBrandDomains(host: String, registrable: String, brand: String) {
        let domains = ["apple.com", "icloud.com", "paypal.com", "microsoftonline.com", "microsoft.com"]
        #expect(BrandEmbedding.embeddedDomain(in: host, registrableDomain: registrable, brandDomains: domains) == brand)
    }

    @Test(arguments: [
        ("www.paypal.com", "paypal.com"),
        ("paypal.com", "paypal.com"),
        ("support.apple.com", "apple.com"),
        ("mypaypal.com.example.net", "example.net"),
        ("paypal.community.example.net", "example.net"),
        ("login.microsoftonline.com", "microsoftonline.com"),
    ])
    func ownAndUnrelatedHostsAreClean(host: String, registrable: String) {
        let domains = ["apple.com", "paypal.com", "microsoftonline.com"]
        #expect(BrandEmbedding.embeddedDomain(in: host, registrableDomain: registrable, brandDomains: domains) == nil)
    }
}
