package io.suanli.core.identity.application;

import java.util.List;
import java.util.Locale;

/**
 * The provincial-level divisions of GB/T 2260 (province codes {@code xx0000}) with their names, for the forms that
 * ask where a customer is: the registration form and the REGION discount form offer them; a city comes from
 * real-name data or operations.
 */
public final class Provinces {

    /** One division: its code and its names. */
    public record Province(String code, String nameZh, String nameEn) {

        public String name(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) ? nameEn : nameZh;
        }
    }

    public static final List<Province> ALL = List.of(
            new Province("110000", "北京市", "Beijing"), new Province("120000", "天津市", "Tianjin"),
            new Province("130000", "河北省", "Hebei"), new Province("140000", "山西省", "Shanxi"),
            new Province("150000", "内蒙古自治区", "Inner Mongolia"), new Province("210000", "辽宁省", "Liaoning"),
            new Province("220000", "吉林省", "Jilin"), new Province("230000", "黑龙江省", "Heilongjiang"),
            new Province("310000", "上海市", "Shanghai"), new Province("320000", "江苏省", "Jiangsu"),
            new Province("330000", "浙江省", "Zhejiang"), new Province("340000", "安徽省", "Anhui"),
            new Province("350000", "福建省", "Fujian"), new Province("360000", "江西省", "Jiangxi"),
            new Province("370000", "山东省", "Shandong"), new Province("410000", "河南省", "Henan"),
            new Province("420000", "湖北省", "Hubei"), new Province("430000", "湖南省", "Hunan"),
            new Province("440000", "广东省", "Guangdong"), new Province("450000", "广西壮族自治区", "Guangxi"),
            new Province("460000", "海南省", "Hainan"), new Province("500000", "重庆市", "Chongqing"),
            new Province("510000", "四川省", "Sichuan"), new Province("520000", "贵州省", "Guizhou"),
            new Province("530000", "云南省", "Yunnan"), new Province("540000", "西藏自治区", "Tibet"),
            new Province("610000", "陕西省", "Shaanxi"), new Province("620000", "甘肃省", "Gansu"),
            new Province("630000", "青海省", "Qinghai"), new Province("640000", "宁夏回族自治区", "Ningxia"),
            new Province("650000", "新疆维吾尔自治区", "Xinjiang"), new Province("710000", "台湾省", "Taiwan"),
            new Province("810000", "香港特别行政区", "Hong Kong"), new Province("820000", "澳门特别行政区", "Macao"));

    private Provinces() {
    }

    /** Whether the code is one of the provincial-level divisions. */
    public static boolean known(String code) {
        return ALL.stream().anyMatch(p -> p.code().equals(code));
    }
}
